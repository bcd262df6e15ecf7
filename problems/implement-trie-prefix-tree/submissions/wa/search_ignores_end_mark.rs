// search only checks that the path exists, like startsWith: after inserting
// "garden", searching "gard" wrongly says true.
#[derive(Default)]
struct Trie {
    kids: Vec<[usize; 26]>,
    end: Vec<bool>,
}

impl Trie {
    fn new() -> Self {
        Trie { kids: vec![[0; 26]], end: vec![false] }
    }

    fn insert(&mut self, word: String) {
        let mut at = 0;
        for b in word.bytes() {
            let c = (b - b'a') as usize;
            if self.kids[at][c] == 0 {
                self.kids.push([0; 26]);
                self.end.push(false);
                self.kids[at][c] = self.kids.len() - 1;
            }
            at = self.kids[at][c];
        }
        self.end[at] = true;
    }

    fn walk(&self, s: &str) -> bool {
        let mut at = 0;
        for b in s.bytes() {
            at = self.kids[at][(b - b'a') as usize];
            if at == 0 {
                return false;
            }
        }
        true
    }

    fn search(&self, word: String) -> bool {
        self.walk(&word)
    }

    fn starts_with(&self, prefix: String) -> bool {
        self.walk(&prefix)
    }
}
