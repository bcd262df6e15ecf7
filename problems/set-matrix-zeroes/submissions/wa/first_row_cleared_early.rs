// Uses the first row and column as marks but clears the first row (from its
// flag) before reading the column marks stored there: every column is wiped.
impl Solution {
    pub fn set_zeroes(matrix: &mut Vec<Vec<i32>>) {
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
        if first_row {
            matrix[0].fill(0);
        }
        for i in 1..m {
            for j in 1..n {
                if matrix[i][0] == 0 || matrix[0][j] == 0 {
                    matrix[i][j] = 0;
                }
            }
        }
        if first_col {
            for row in matrix.iter_mut() {
                row[0] = 0;
            }
        }
    }
}
