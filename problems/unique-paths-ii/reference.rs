impl Solution {
    pub fn unique_paths_with_obstacles(obstacle_grid: Vec<Vec<i32>>) -> i32 {
        // row[j]: paths from the start to column j of the current row; an
        // obstacle resets its cell to 0. Cells that cannot reach the target may
        // exceed i32 (only the answer is bounded): they wrap harmlessly, since
        // nothing they feed reaches the target either.
        let mut row = vec![0i32; obstacle_grid[0].len()];
        row[0] = 1;
        for line in &obstacle_grid {
            for j in 0..row.len() {
                if line[j] == 1 {
                    row[j] = 0;
                } else if j > 0 {
                    row[j] = row[j].wrapping_add(row[j - 1]);
                }
            }
        }
        row[row.len() - 1]
    }
}
