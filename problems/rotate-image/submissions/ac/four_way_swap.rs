// Rotates ring by ring, moving four cells at a time (top <- left <- bottom <- right),
// declared with `&mut [Vec<i32>]` as some published solutions do.
impl Solution {
    pub fn rotate(matrix: &mut [Vec<i32>]) {
        let n = matrix.len();
        for i in 0..n / 2 {
            for j in i..n - 1 - i {
                let top = matrix[i][j];
                matrix[i][j] = matrix[n - 1 - j][i];
                matrix[n - 1 - j][i] = matrix[n - 1 - i][n - 1 - j];
                matrix[n - 1 - i][n - 1 - j] = matrix[j][n - 1 - i];
                matrix[j][n - 1 - i] = top;
            }
        }
    }
}
