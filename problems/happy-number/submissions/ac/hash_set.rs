// Remembers every value seen in a HashSet and stops at 1 or at a repeat.
use std::collections::HashSet;

impl Solution {
    pub fn is_happy(n: i32) -> bool {
        let mut seen = HashSet::new();
        let mut n = n;
        while n != 1 && seen.insert(n) {
            n = n.to_string().bytes().map(|b| ((b - b'0') as i32).pow(2)).sum();
        }
        n == 1
    }
}
