impl Solution {
    pub fn unique_paths(m: i32, n: i32) -> i32 {
        // row[j]: paths to column j of the current row. Every cell's count is at
        // most the final answer, so i32 never overflows.
        let mut row = vec![1i32; n as usize];
        for _ in 1..m {
            for j in 1..row.len() {
                row[j] += row[j - 1];
            }
        }
        row[row.len() - 1]
    }
}
