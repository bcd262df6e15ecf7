// On a repeat, throws the whole window away and starts again at the current
// character, instead of just past the earlier copy: "abcbxyz" gives 4 ("bxyz")
// instead of 5 ("cbxyz").
use std::collections::HashSet;

impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let mut seen = HashSet::new();
        let mut cur = 0;
        let mut best = 0;
        for c in s.chars() {
            if seen.contains(&c) {
                seen.clear();
                cur = 0;
            }
            seen.insert(c);
            cur += 1;
            best = best.max(cur);
        }
        best
    }
}
