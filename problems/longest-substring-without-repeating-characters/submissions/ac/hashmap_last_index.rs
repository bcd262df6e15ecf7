// Sliding window with a HashMap from character to its last index; the left edge
// jumps past the previous occurrence, but only forwards.
use std::collections::HashMap;

impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let mut seen: HashMap<char, i32> = HashMap::new();
        let mut start = 0i32;
        let mut res = 0i32;
        for (i, ch) in s.chars().enumerate() {
            let i = i as i32;
            if let Some(&j) = seen.get(&ch) {
                if j >= start {
                    start = j + 1;
                }
            }
            seen.insert(ch, i);
            res = res.max(i - start + 1);
        }
        res
    }
}
