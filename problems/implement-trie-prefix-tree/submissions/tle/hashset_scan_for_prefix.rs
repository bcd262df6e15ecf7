// A HashSet answers search in O(L), but startsWith scans every stored word:
// O(words * L) per prefix query. Correct, too slow with 10^4 words stored.
use std::collections::HashSet;

struct Trie {
    words: HashSet<String>,
}

impl Trie {
    fn new() -> Self {
        Trie { words: HashSet::new() }
    }

    fn insert(&mut self, word: String) {
        self.words.insert(word);
    }

    fn search(&self, word: String) -> bool {
        self.words.contains(&word)
    }

    fn starts_with(&self, prefix: String) -> bool {
        self.words.iter().any(|w| w.starts_with(&prefix))
    }
}
