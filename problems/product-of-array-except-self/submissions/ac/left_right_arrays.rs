// Two explicit arrays: products of everything to the left and to the right of
// each position, multiplied together at the end (O(n) extra space).
impl Solution {
    pub fn product_except_self(nums: Vec<i32>) -> Vec<i32> {
        let n = nums.len();
        let mut left = vec![1i64; n];
        let mut right = vec![1i64; n];
        for i in 1..n {
            left[i] = left[i - 1] * nums[i - 1] as i64;
        }
        for i in (0..n - 1).rev() {
            right[i] = right[i + 1] * nums[i + 1] as i64;
        }
        (0..n).map(|i| (left[i] * right[i]) as i32).collect()
    }
}
