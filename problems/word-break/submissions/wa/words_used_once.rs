// Backtracking that removes a word from the dictionary once it is used, as if
// each word could appear only once ("abab" with ["ab"] gives false).
use std::collections::HashSet;

impl Solution {
    pub fn word_break(s: String, word_dict: Vec<String>) -> bool {
        fn go(rest: &str, dict: &mut HashSet<String>) -> bool {
            if rest.is_empty() {
                return true;
            }
            for len in 1..=rest.len().min(20) {
                let w = &rest[..len];
                if dict.remove(w) {
                    let ok = go(&rest[len..], dict);
                    dict.insert(w.to_string());
                    if ok {
                        return true;
                    }
                }
            }
            false
        }
        let mut dict: HashSet<String> = word_dict.into_iter().collect();
        go(&s, &mut dict)
    }
}
