// Recursive flood fill that sinks each island ('1' -> '0'); on an all-land
// 300 x 300 grid the recursion goes about 9 * 10^4 calls deep.
impl Solution {
    pub fn num_islands(mut grid: Vec<Vec<char>>) -> i32 {
        fn sink(grid: &mut Vec<Vec<char>>, i: i32, j: i32) {
            if i < 0 || j < 0 || i >= grid.len() as i32 || j >= grid[0].len() as i32 {
                return;
            }
            if grid[i as usize][j as usize] != '1' {
                return;
            }
            grid[i as usize][j as usize] = '0';
            sink(grid, i + 1, j);
            sink(grid, i - 1, j);
            sink(grid, i, j + 1);
            sink(grid, i, j - 1);
        }
        let mut ans = 0;
        for i in 0..grid.len() {
            for j in 0..grid[0].len() {
                if grid[i][j] == '1' {
                    ans += 1;
                    sink(&mut grid, i as i32, j as i32);
                }
            }
        }
        ans
    }
}
