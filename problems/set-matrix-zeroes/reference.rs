impl Solution {
    pub fn set_zeroes(matrix: &mut Vec<Vec<i32>>) {
        // O(1) extra space: the first row and column hold the marks for the
        // columns and rows, and two flags remember whether they had zeros themselves.
        let (m, n) = (matrix.len(), matrix[0].len());
        let first_row = matrix[0].contains(&0);
        let first_col = matrix.iter().any(|row| row[0] == 0);
        for i in 1..m {
            for j in 1..n {
                if matrix[i][j] == 0 {
                    matrix[i][0] = 0;
                    matrix[0][j] = 0;
                }
            }
        }
        for i in 1..m {
            for j in 1..n {
                if matrix[i][0] == 0 || matrix[0][j] == 0 {
                    matrix[i][j] = 0;
                }
            }
        }
        if first_row {
            matrix[0].fill(0);
        }
        if first_col {
            for row in matrix.iter_mut() {
                row[0] = 0;
            }
        }
    }
}
