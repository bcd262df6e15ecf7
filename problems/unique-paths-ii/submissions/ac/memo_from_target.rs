// Top-down from the target: paths(r, c) = paths(r - 1, c) + paths(r, c - 1),
// memoised. Only cells that reach the target are visited, so every value is
// at most the answer.
impl Solution {
    pub fn unique_paths_with_obstacles(obstacle_grid: Vec<Vec<i32>>) -> i32 {
        fn paths(r: usize, c: usize, g: &[Vec<i32>], memo: &mut Vec<Vec<i64>>) -> i64 {
            if g[r][c] == 1 {
                return 0;
            }
            if r == 0 && c == 0 {
                return 1;
            }
            if memo[r][c] >= 0 {
                return memo[r][c];
            }
            let mut v = 0;
            if r > 0 {
                v += paths(r - 1, c, g, memo);
            }
            if c > 0 {
                v += paths(r, c - 1, g, memo);
            }
            memo[r][c] = v;
            v
        }
        let (m, n) = (obstacle_grid.len(), obstacle_grid[0].len());
        let mut memo = vec![vec![-1i64; n]; m];
        paths(m - 1, n - 1, &obstacle_grid, &mut memo) as i32
    }
}
