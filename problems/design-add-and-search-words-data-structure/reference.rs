/// A trie in one Vec: node `i` has children `next[i]` (0 = none; the root is
/// node 0, so no node ever points to it) and `end[i]` marks a stored word.
struct WordDictionary {
    next: Vec<[u32; 26]>,
    end: Vec<bool>,
}

impl WordDictionary {
    fn new() -> Self {
        WordDictionary { next: vec![[0; 26]], end: vec![false] }
    }

    fn add_word(&mut self, word: String) {
        let mut node = 0;
        for b in word.bytes() {
            let c = (b - b'a') as usize;
            if self.next[node][c] == 0 {
                self.next[node][c] = self.next.len() as u32;
                self.next.push([0; 26]);
                self.end.push(false);
            }
            node = self.next[node][c] as usize;
        }
        self.end[node] = true;
    }

    fn search(&self, word: String) -> bool {
        self.find(word.as_bytes(), 0)
    }

    fn find(&self, word: &[u8], mut node: usize) -> bool {
        for (i, &b) in word.iter().enumerate() {
            if b == b'.' {
                return self.next[node].iter().any(|&child| child != 0 && self.find(&word[i + 1..], child as usize));
            }
            node = self.next[node][(b - b'a') as usize] as usize;
            if node == 0 {
                return false;
            }
        }
        self.end[node]
    }
}
