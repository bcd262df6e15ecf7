// Fills the first row and first column with 1 on every free cell, even past
// an obstacle that cuts the rest of that edge off from the start.
impl Solution {
    pub fn unique_paths_with_obstacles(obstacle_grid: Vec<Vec<i32>>) -> i32 {
        let (m, n) = (obstacle_grid.len(), obstacle_grid[0].len());
        let mut dp = vec![vec![0i64; n]; m];
        for i in 0..m {
            if obstacle_grid[i][0] == 0 {
                dp[i][0] = 1;
            }
        }
        for j in 0..n {
            if obstacle_grid[0][j] == 0 {
                dp[0][j] = 1;
            }
        }
        for i in 1..m {
            for j in 1..n {
                if obstacle_grid[i][j] == 0 {
                    dp[i][j] = dp[i - 1][j].wrapping_add(dp[i][j - 1]);
                }
            }
        }
        dp[m - 1][n - 1] as i32
    }
}
