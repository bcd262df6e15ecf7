/// All nodes in one Vec: `next[i][c]` is the child of node `i` for letter `c`
/// (0 = none; node 0 is the root, which is nobody's child), `word[i]` marks the
/// end of an inserted word.
struct Trie {
    next: Vec<[u32; 26]>,
    word: Vec<bool>,
}

impl Trie {
    fn new() -> Self {
        Trie { next: vec![[0; 26]], word: vec![false] }
    }

    fn insert(&mut self, word: String) {
        let mut node = 0;
        for b in word.bytes() {
            let c = (b - b'a') as usize;
            if self.next[node][c] == 0 {
                self.next[node][c] = self.next.len() as u32;
                self.next.push([0; 26]);
                self.word.push(false);
            }
            node = self.next[node][c] as usize;
        }
        self.word[node] = true;
    }

    /// The node reached by following `s`, if the whole path exists.
    fn walk(&self, s: &str) -> Option<usize> {
        let mut node = 0;
        for b in s.bytes() {
            node = self.next[node][(b - b'a') as usize] as usize;
            if node == 0 {
                return None;
            }
        }
        Some(node)
    }

    fn search(&self, word: String) -> bool {
        self.walk(&word).is_some_and(|node| self.word[node])
    }

    fn starts_with(&self, prefix: String) -> bool {
        self.walk(&prefix).is_some()
    }
}
