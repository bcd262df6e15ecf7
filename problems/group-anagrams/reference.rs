use std::collections::HashMap;

impl Solution {
    pub fn group_anagrams(strs: Vec<String>) -> Vec<Vec<String>> {
        // Two words are anagrams exactly when they have the same count of every letter.
        let mut groups: HashMap<[u8; 26], Vec<String>> = HashMap::with_capacity(strs.len());
        for s in strs {
            let mut key = [0u8; 26]; // a word has at most 100 letters: no overflow
            for b in s.bytes() {
                key[(b - b'a') as usize] += 1;
            }
            groups.entry(key).or_default().push(s);
        }
        groups.into_values().collect()
    }
}
