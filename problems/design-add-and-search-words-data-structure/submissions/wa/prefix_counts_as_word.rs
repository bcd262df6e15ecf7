// Trie without an end-of-word mark: a search succeeds as soon as the path
// exists, so "app" is found after adding "apple".
#[derive(Default)]
struct WordDictionary {
    children: Vec<[usize; 26]>,
}

impl WordDictionary {
    fn new() -> Self {
        WordDictionary { children: vec![[0; 26]] }
    }

    fn add_word(&mut self, word: String) {
        let mut node = 0;
        for b in word.bytes() {
            let c = (b - b'a') as usize;
            if self.children[node][c] == 0 {
                self.children.push([0; 26]);
                self.children[node][c] = self.children.len() - 1;
            }
            node = self.children[node][c];
        }
    }

    fn search(&self, word: String) -> bool {
        self.dfs(word.as_bytes(), 0, 0)
    }

    fn dfs(&self, w: &[u8], i: usize, node: usize) -> bool {
        if i == w.len() {
            return true;
        }
        if w[i] == b'.' {
            (0..26).any(|c| self.children[node][c] != 0 && self.dfs(w, i + 1, self.children[node][c]))
        } else {
            let next = self.children[node][(w[i] - b'a') as usize];
            next != 0 && self.dfs(w, i + 1, next)
        }
    }
}
