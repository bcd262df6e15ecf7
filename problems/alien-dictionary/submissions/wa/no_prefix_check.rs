// Kahn's algorithm that never checks for a word followed by its own proper
// prefix (["abc", "ab"]): it returns an order where the answer must be "".
use std::collections::VecDeque;

impl Solution {
    pub fn alien_order(words: Vec<String>) -> String {
        let mut present = [false; 26];
        for w in &words {
            for b in w.bytes() {
                present[(b - b'a') as usize] = true;
            }
        }
        let mut edge = [[false; 26]; 26];
        let mut indeg = [0; 26];
        for p in words.windows(2) {
            for (x, y) in p[0].bytes().zip(p[1].bytes()) {
                if x != y {
                    let (x, y) = ((x - b'a') as usize, (y - b'a') as usize);
                    if !edge[x][y] {
                        edge[x][y] = true;
                        indeg[y] += 1;
                    }
                    break;
                }
            }
        }
        let mut q: VecDeque<usize> = (0..26).filter(|&c| present[c] && indeg[c] == 0).collect();
        let mut res = String::new();
        while let Some(c) = q.pop_front() {
            res.push((b'a' + c as u8) as char);
            for d in 0..26 {
                if edge[c][d] {
                    indeg[d] -= 1;
                    if indeg[d] == 0 {
                        q.push_back(d);
                    }
                }
            }
        }
        if res.len() == present.iter().filter(|&&p| p).count() { res } else { String::new() }
    }
}
