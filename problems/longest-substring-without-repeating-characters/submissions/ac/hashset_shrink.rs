// Sliding window over chars with a HashSet: on a repeat, drop characters from
// the left until the repeated one is gone.
use std::collections::HashSet;

impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let chars: Vec<char> = s.chars().collect();
        let mut window: HashSet<char> = HashSet::new();
        let mut l = 0;
        let mut ans = 0;
        for r in 0..chars.len() {
            while window.contains(&chars[r]) {
                window.remove(&chars[l]);
                l += 1;
            }
            window.insert(chars[r]);
            ans = ans.max(r - l + 1);
        }
        ans as i32
    }
}
