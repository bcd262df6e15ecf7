// Treats the first row and column as always free (1 route each) and honours
// obstacles only inside the grid.
impl Solution {
    pub fn unique_paths_with_obstacles(obstacle_grid: Vec<Vec<i32>>) -> i32 {
        let (m, n) = (obstacle_grid.len(), obstacle_grid[0].len());
        let mut dp = vec![vec![1i64; n]; m];
        for i in 1..m {
            for j in 1..n {
                dp[i][j] = if obstacle_grid[i][j] == 1 { 0 } else { dp[i - 1][j].wrapping_add(dp[i][j - 1]) };
            }
        }
        dp[m - 1][n - 1] as i32
    }
}
