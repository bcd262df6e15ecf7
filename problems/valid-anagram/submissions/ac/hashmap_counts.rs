// Counts characters of each string in a HashMap and compares the maps.
use std::collections::HashMap;

impl Solution {
    pub fn is_anagram(s: String, t: String) -> bool {
        let count = |x: &str| {
            let mut m: HashMap<char, usize> = HashMap::new();
            for c in x.chars() {
                *m.entry(c).or_default() += 1;
            }
            m
        };
        count(&s) == count(&t)
    }
}
