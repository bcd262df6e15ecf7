// The Trie is its own node type: a HashMap<char, Trie> of children, built
// with #[derive(Default)]; `&mut self` for insert.
use std::collections::HashMap;

#[derive(Default)]
struct Trie {
    children: HashMap<char, Trie>,
    end: bool,
}

impl Trie {
    fn new() -> Self {
        Self::default()
    }

    fn insert(&mut self, word: String) {
        let mut t = self;
        for c in word.chars() {
            t = t.children.entry(c).or_default();
        }
        t.end = true;
    }

    fn get(&self, s: &str) -> Option<&Trie> {
        let mut t = self;
        for c in s.chars() {
            t = t.children.get(&c)?;
        }
        Some(t)
    }

    fn search(&self, word: String) -> bool {
        self.get(&word).map_or(false, |t| t.end)
    }

    fn starts_with(&self, prefix: String) -> bool {
        self.get(&prefix).is_some()
    }
}
