// Uses grid.len() as the width as well as the height: a wide grid loses its
// right-hand columns, a tall one indexes past the end of a row (panic).
impl Solution {
    pub fn num_islands(mut grid: Vec<Vec<char>>) -> i32 {
        let n = grid.len();
        fn dfs(grid: &mut Vec<Vec<char>>, n: usize, i: usize, j: usize) {
            if grid[i][j] != '1' {
                return;
            }
            grid[i][j] = '0';
            if i > 0 {
                dfs(grid, n, i - 1, j);
            }
            if i + 1 < n {
                dfs(grid, n, i + 1, j);
            }
            if j > 0 {
                dfs(grid, n, i, j - 1);
            }
            if j + 1 < n {
                dfs(grid, n, i, j + 1);
            }
        }
        let mut count = 0;
        for i in 0..n {
            for j in 0..n {
                if grid[i][j] == '1' {
                    count += 1;
                    dfs(&mut grid, n, i, j);
                }
            }
        }
        count
    }
}
