// Tries every prefix that is a word and recurses on the rest, without
// remembering failed positions: correct, but exponential on "aaa...ab".
use std::collections::HashSet;

impl Solution {
    pub fn word_break(s: String, word_dict: Vec<String>) -> bool {
        fn go(rest: &str, dict: &HashSet<String>) -> bool {
            if rest.is_empty() {
                return true;
            }
            (1..=rest.len()).any(|len| dict.contains(&rest[..len]) && go(&rest[len..], dict))
        }
        let dict: HashSet<String> = word_dict.into_iter().collect();
        go(&s, &dict)
    }
}
