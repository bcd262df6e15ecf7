// Collects each group in a HashSet, so a word that occurs twice is reported only once.
use std::collections::{HashMap, HashSet};

impl Solution {
    pub fn group_anagrams(strs: Vec<String>) -> Vec<Vec<String>> {
        let mut map: HashMap<[u8; 26], HashSet<String>> = HashMap::new();
        for s in strs {
            let mut key = [0u8; 26];
            for b in s.bytes() {
                key[(b - b'a') as usize] += 1;
            }
            map.entry(key).or_default().insert(s);
        }
        map.into_values().map(|g| g.into_iter().collect()).collect()
    }
}
