// Prefix and suffix maxima in two arrays, then one pass adding min - height: O(n) space.
impl Solution {
    pub fn trap(height: Vec<i32>) -> i32 {
        let n = height.len();
        let mut left = vec![0; n];
        let mut right = vec![0; n];
        let mut m = 0;
        for i in 0..n {
            m = m.max(height[i]);
            left[i] = m;
        }
        m = 0;
        for i in (0..n).rev() {
            m = m.max(height[i]);
            right[i] = m;
        }
        (0..n).map(|i| left[i].min(right[i]) - height[i]).sum()
    }
}
