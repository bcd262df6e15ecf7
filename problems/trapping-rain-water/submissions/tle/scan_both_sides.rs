// For every column, scans the whole row to its left and to its right for the tallest
// column: correct, but O(n^2) (4 * 10^8 steps at 2 * 10^4 columns).
impl Solution {
    pub fn trap(height: Vec<i32>) -> i32 {
        let n = height.len();
        let mut total = 0;
        for i in 0..n {
            let mut left = 0;
            for j in (0..=i).rev() {
                left = left.max(height[j]);
            }
            let mut right = 0;
            for j in i..n {
                right = right.max(height[j]);
            }
            total += left.min(right) - height[i];
        }
        total
    }
}
