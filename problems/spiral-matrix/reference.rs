impl Solution {
    pub fn spiral_order(matrix: Vec<Vec<i32>>) -> Vec<i32> {
        let (m, n) = (matrix.len(), matrix[0].len());
        let mut out = Vec::with_capacity(m * n);
        // The unvisited part is always the rectangle rows top..bottom, columns left..right.
        let (mut top, mut bottom, mut left, mut right) = (0, m, 0, n);
        while top < bottom && left < right {
            for j in left..right {
                out.push(matrix[top][j]);
            }
            top += 1;
            for i in top..bottom {
                out.push(matrix[i][right - 1]);
            }
            right -= 1;
            if top < bottom {
                for j in (left..right).rev() {
                    out.push(matrix[bottom - 1][j]);
                }
                bottom -= 1;
            }
            if left < right {
                for i in (top..bottom).rev() {
                    out.push(matrix[i][left]);
                }
                left += 1;
            }
        }
        out
    }
}
