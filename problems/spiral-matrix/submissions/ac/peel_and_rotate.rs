// Takes the first row, then turns the rest of the matrix a quarter
// counterclockwise, and repeats (declares `mut matrix`, a user edit).
impl Solution {
    pub fn spiral_order(mut matrix: Vec<Vec<i32>>) -> Vec<i32> {
        let mut out = Vec::new();
        while !matrix.is_empty() {
            out.extend(matrix.remove(0));
            if matrix.is_empty() {
                break;
            }
            let cols = matrix[0].len();
            let rows = matrix.len();
            let mut turned = Vec::with_capacity(cols);
            for j in (0..cols).rev() {
                turned.push((0..rows).map(|i| matrix[i][j]).collect::<Vec<i32>>());
            }
            matrix = turned;
        }
        out
    }
}
