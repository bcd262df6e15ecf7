// Writes each cell straight to its rotated place in the same matrix: cells are
// overwritten before they are read, so values get duplicated.
impl Solution {
    pub fn rotate(matrix: &mut Vec<Vec<i32>>) {
        let n = matrix.len();
        for i in 0..n {
            for j in 0..n {
                matrix[j][n - 1 - i] = matrix[i][j];
            }
        }
    }
}
