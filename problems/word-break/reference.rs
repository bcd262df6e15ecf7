use std::collections::HashSet;

impl Solution {
    pub fn word_break(s: String, word_dict: Vec<String>) -> bool {
        let words: HashSet<&[u8]> = word_dict.iter().map(|w| w.as_bytes()).collect();
        let longest = word_dict.iter().map(|w| w.len()).max().unwrap_or(0);
        let s = s.as_bytes();
        let n = s.len();
        // ok[i]: the first i letters split into dictionary words.
        let mut ok = vec![false; n + 1];
        ok[0] = true;
        for i in 1..=n {
            for len in 1..=longest.min(i) {
                if ok[i - len] && words.contains(&s[i - len..i]) {
                    ok[i] = true;
                    break;
                }
            }
        }
        ok[n]
    }
}
