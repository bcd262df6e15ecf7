// Treats diagonal neighbours as connected (8 directions instead of 4): land
// that only touches at a corner is merged into one island.
impl Solution {
    pub fn num_islands(mut grid: Vec<Vec<char>>) -> i32 {
        let (m, n) = (grid.len() as i32, grid[0].len() as i32);
        let mut count = 0;
        for r in 0..m {
            for c in 0..n {
                if grid[r as usize][c as usize] != '1' {
                    continue;
                }
                count += 1;
                grid[r as usize][c as usize] = '0';
                let mut stack = vec![(r, c)];
                while let Some((i, j)) = stack.pop() {
                    for di in -1..=1 {
                        for dj in -1..=1 {
                            let (x, y) = (i + di, j + dj);
                            if x >= 0 && y >= 0 && x < m && y < n && grid[x as usize][y as usize] == '1' {
                                grid[x as usize][y as usize] = '0';
                                stack.push((x, y));
                            }
                        }
                    }
                }
            }
        }
        count
    }
}
