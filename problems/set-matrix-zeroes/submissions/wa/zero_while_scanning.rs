// Zeroes the row and column as soon as it meets a zero, in the same scan: the
// new zeros are then taken for original ones and the wipe spreads.
impl Solution {
    pub fn set_zeroes(matrix: &mut Vec<Vec<i32>>) {
        let (m, n) = (matrix.len(), matrix[0].len());
        for i in 0..m {
            for j in 0..n {
                if matrix[i][j] == 0 {
                    for c in 0..n {
                        matrix[i][c] = 0;
                    }
                    for r in 0..m {
                        matrix[r][j] = 0;
                    }
                }
            }
        }
    }
}
