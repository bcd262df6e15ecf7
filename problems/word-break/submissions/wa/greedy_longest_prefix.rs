// Greedy: always cuts off the longest dictionary word at the current position
// and never backtracks ("abcd" with ["abc", "ab", "cd"] gives false).
use std::collections::HashSet;

impl Solution {
    pub fn word_break(s: String, word_dict: Vec<String>) -> bool {
        let dict: HashSet<&str> = word_dict.iter().map(|w| w.as_str()).collect();
        let mut i = 0;
        while i < s.len() {
            let mut cut = None;
            for j in (i + 1..=s.len()).rev() {
                if dict.contains(&s[i..j]) {
                    cut = Some(j);
                    break;
                }
            }
            match cut {
                Some(j) => i = j,
                None => return false,
            }
        }
        true
    }
}
