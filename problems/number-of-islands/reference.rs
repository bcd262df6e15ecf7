impl Solution {
    pub fn num_islands(grid: Vec<Vec<char>>) -> i32 {
        let mut grid = grid;
        let (m, n) = (grid.len(), grid[0].len());
        let mut count = 0;
        let mut stack: Vec<(usize, usize)> = Vec::new();
        for r in 0..m {
            for c in 0..n {
                if grid[r][c] != '1' {
                    continue;
                }
                count += 1;
                grid[r][c] = '0';
                stack.push((r, c));
                while let Some((i, j)) = stack.pop() {
                    if i > 0 && grid[i - 1][j] == '1' {
                        grid[i - 1][j] = '0';
                        stack.push((i - 1, j));
                    }
                    if i + 1 < m && grid[i + 1][j] == '1' {
                        grid[i + 1][j] = '0';
                        stack.push((i + 1, j));
                    }
                    if j > 0 && grid[i][j - 1] == '1' {
                        grid[i][j - 1] = '0';
                        stack.push((i, j - 1));
                    }
                    if j + 1 < n && grid[i][j + 1] == '1' {
                        grid[i][j + 1] = '0';
                        stack.push((i, j + 1));
                    }
                }
            }
        }
        count
    }
}
