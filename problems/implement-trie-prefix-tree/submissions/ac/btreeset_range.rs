// No trie: a BTreeSet of the words. The first word not smaller than the prefix
// is the only candidate that can start with it. O(L log n) per operation.
use std::cell::RefCell;
use std::collections::BTreeSet;

struct Trie {
    words: RefCell<BTreeSet<String>>,
}

impl Trie {
    fn new() -> Self {
        Trie { words: RefCell::new(BTreeSet::new()) }
    }

    fn insert(&self, word: String) {
        self.words.borrow_mut().insert(word);
    }

    fn search(&self, word: String) -> bool {
        self.words.borrow().contains(&word)
    }

    fn starts_with(&self, prefix: String) -> bool {
        let words = self.words.borrow();
        words.range(prefix.clone()..).next().is_some_and(|w| w.starts_with(&prefix))
    }
}
