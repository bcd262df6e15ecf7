// Top-down recursion over suffixes with a HashMap memo.
use std::collections::HashMap;

impl Solution {
    pub fn min_distance(word1: String, word2: String) -> i32 {
        fn go(a: &[u8], b: &[u8], i: usize, j: usize, memo: &mut HashMap<(usize, usize), i32>) -> i32 {
            if i == a.len() {
                return (b.len() - j) as i32;
            }
            if j == b.len() {
                return (a.len() - i) as i32;
            }
            if let Some(&d) = memo.get(&(i, j)) {
                return d;
            }
            let d = if a[i] == b[j] {
                go(a, b, i + 1, j + 1, memo)
            } else {
                1 + go(a, b, i + 1, j + 1, memo)
                    .min(go(a, b, i + 1, j, memo))
                    .min(go(a, b, i, j + 1, memo))
            };
            memo.insert((i, j), d);
            d
        }
        go(word1.as_bytes(), word2.as_bytes(), 0, 0, &mut HashMap::new())
    }
}
