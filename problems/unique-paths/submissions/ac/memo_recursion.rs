// Top-down: paths(r, c) = paths(r - 1, c) + paths(r, c - 1), memoised on a grid.
impl Solution {
    pub fn unique_paths(m: i32, n: i32) -> i32 {
        fn paths(r: usize, c: usize, memo: &mut Vec<Vec<i32>>) -> i32 {
            if r == 0 || c == 0 {
                return 1;
            }
            if memo[r][c] != 0 {
                return memo[r][c];
            }
            let v = paths(r - 1, c, memo) + paths(r, c - 1, memo);
            memo[r][c] = v;
            v
        }
        let (m, n) = (m as usize, n as usize);
        let mut memo = vec![vec![0; n]; m];
        paths(m - 1, n - 1, &mut memo)
    }
}
