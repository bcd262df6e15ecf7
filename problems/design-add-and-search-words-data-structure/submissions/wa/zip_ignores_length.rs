// Compares the pattern with each stored word through `zip`, which stops at the
// shorter of the two: "ab" matches "abc" (and "abcd" matches "abc").
struct WordDictionary {
    words: Vec<String>,
}

impl WordDictionary {
    fn new() -> Self {
        WordDictionary { words: vec![] }
    }

    fn add_word(&mut self, word: String) {
        self.words.push(word);
    }

    fn search(&self, word: String) -> bool {
        self.words.iter().any(|w| w.chars().zip(word.chars()).all(|(a, p)| p == '.' || a == p))
    }
}
