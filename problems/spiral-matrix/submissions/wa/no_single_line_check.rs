// Shrinks the four borders but walks the bottom row and the left column
// without checking that they still exist: a leftover single row or column is
// read twice (a 1 x 3 matrix gives five values).
impl Solution {
    pub fn spiral_order(matrix: Vec<Vec<i32>>) -> Vec<i32> {
        let (m, n) = (matrix.len() as i32, matrix[0].len() as i32);
        let (mut top, mut bottom, mut left, mut right) = (0i32, m - 1, 0i32, n - 1);
        let mut out = Vec::new();
        while top <= bottom && left <= right {
            for j in left..=right {
                out.push(matrix[top as usize][j as usize]);
            }
            top += 1;
            for i in top..=bottom {
                out.push(matrix[i as usize][right as usize]);
            }
            right -= 1;
            for j in (left..=right).rev() {
                out.push(matrix[bottom as usize][j as usize]);
            }
            bottom -= 1;
            for i in (top..=bottom).rev() {
                out.push(matrix[i as usize][left as usize]);
            }
            left += 1;
        }
        out
    }
}
