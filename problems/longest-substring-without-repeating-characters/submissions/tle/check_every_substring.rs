// Checks every substring s[i..=j] for repeats with a fresh set: O(n^2) substrings,
// each checked up to its first repeat. Too slow for 5 * 10^4 characters.
use std::collections::HashSet;

impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        fn all_unique(chars: &[char]) -> bool {
            let mut set = HashSet::new();
            for c in chars {
                if !set.insert(c) {
                    return false;
                }
            }
            true
        }
        let chars: Vec<char> = s.chars().collect();
        let n = chars.len();
        let mut best = 0;
        for i in 0..n {
            for j in i..n {
                if all_unique(&chars[i..=j]) {
                    best = best.max(j - i + 1);
                }
            }
        }
        best as i32
    }
}
