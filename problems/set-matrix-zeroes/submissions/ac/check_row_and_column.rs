// Brute force that LeetCode accepts at 200 x 200: for every cell, look for a
// zero in its row or column of an untouched copy (O(m n (m + n))).
impl Solution {
    pub fn set_zeroes(matrix: &mut Vec<Vec<i32>>) {
        let copy = matrix.clone();
        let (m, n) = (copy.len(), copy[0].len());
        for i in 0..m {
            for j in 0..n {
                if copy[i].iter().any(|&v| v == 0) || (0..m).any(|r| copy[r][j] == 0) {
                    matrix[i][j] = 0;
                }
            }
        }
    }
}
