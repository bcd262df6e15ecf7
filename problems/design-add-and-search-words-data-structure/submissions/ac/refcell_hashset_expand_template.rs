// Pasted with LeetCode's whole template, keeping `&self` (RefCell inside).
// Words are kept in a HashSet; a pattern with dots is expanded into every
// letter at each dot (at most 26 * 26 candidates) and each looked up.
use std::cell::RefCell;
use std::collections::HashSet;

struct WordDictionary {
    words: RefCell<HashSet<Vec<u8>>>,
}


/** 
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl WordDictionary {

    fn new() -> Self {
        WordDictionary { words: RefCell::new(HashSet::new()) }
    }
    
    fn add_word(&self, word: String) {
        self.words.borrow_mut().insert(word.into_bytes());
    }
    
    fn search(&self, word: String) -> bool {
        let mut w = word.into_bytes();
        let words = self.words.borrow();
        Self::expand(&words, &mut w, 0)
    }

    fn expand(words: &HashSet<Vec<u8>>, w: &mut Vec<u8>, from: usize) -> bool {
        match w[from..].iter().position(|&b| b == b'.') {
            None => words.contains(w),
            Some(k) => {
                let i = from + k;
                for c in b'a'..=b'z' {
                    w[i] = c;
                    if Self::expand(words, w, i + 1) {
                        return true;
                    }
                }
                w[i] = b'.';
                false
            }
        }
    }
}

/**
 * Your WordDictionary object will be instantiated and called as such:
 * let obj = WordDictionary::new();
 * obj.add_word(word);
 * let ret_2: bool = obj.search(word);
 */
