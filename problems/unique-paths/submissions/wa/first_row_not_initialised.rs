// Fills the grid from dp[0][0] = 1 but never sets the first row and column to 1,
// so every cell off the corner stays 0 (any grid but 1 x 1 gives 0).
impl Solution {
    pub fn unique_paths(m: i32, n: i32) -> i32 {
        let (m, n) = (m as usize, n as usize);
        let mut dp = vec![vec![0i32; n]; m];
        dp[0][0] = 1;
        for i in 1..m {
            for j in 1..n {
                dp[i][j] = dp[i - 1][j] + dp[i][j - 1];
            }
        }
        dp[m - 1][n - 1]
    }
}
