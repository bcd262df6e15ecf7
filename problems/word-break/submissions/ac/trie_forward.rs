// Builds a trie of the words and walks it forward from every reachable start,
// marking every end position a word reaches.
impl Solution {
    pub fn word_break(s: String, word_dict: Vec<String>) -> bool {
        let mut next: Vec<[usize; 26]> = vec![[0; 26]];
        let mut end: Vec<bool> = vec![false];
        for w in &word_dict {
            let mut node = 0;
            for b in w.bytes() {
                let c = (b - b'a') as usize;
                if next[node][c] == 0 {
                    next.push([0; 26]);
                    end.push(false);
                    next[node][c] = next.len() - 1;
                }
                node = next[node][c];
            }
            end[node] = true;
        }
        let s = s.as_bytes();
        let n = s.len();
        let mut reach = vec![false; n + 1];
        reach[0] = true;
        for start in 0..n {
            if !reach[start] {
                continue;
            }
            let mut node = 0;
            for (i, &b) in s.iter().enumerate().skip(start) {
                node = next[node][(b - b'a') as usize];
                if node == 0 {
                    break;
                }
                if end[node] {
                    reach[i + 1] = true;
                }
            }
        }
        reach[n]
    }
}
