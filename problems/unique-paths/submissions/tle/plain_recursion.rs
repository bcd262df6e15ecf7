// paths(r, c) = paths(r - 1, c) + paths(r, c - 1) with no memo: one call per
// path and more, about 4 * 10^9 calls on the largest answers.
impl Solution {
    pub fn unique_paths(m: i32, n: i32) -> i32 {
        if m == 1 || n == 1 {
            return 1;
        }
        Self::unique_paths(m - 1, n) + Self::unique_paths(m, n - 1)
    }
}
