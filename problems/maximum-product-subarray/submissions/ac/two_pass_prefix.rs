// Running products from the left and from the right, restarting after every 0:
// the best subarray always starts at a segment start or ends at a segment end.
// Products in i64: LeetCode only bounds true subarrays, and a running product
// restarted after a 0 is one.
impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        let mut best = i64::MIN;
        let (mut left, mut right) = (1i64, 1i64);
        for i in 0..n {
            left *= nums[i] as i64;
            right *= nums[n - 1 - i] as i64;
            best = best.max(left).max(right);
            if left == 0 {
                left = 1;
            }
            if right == 0 {
                right = 1;
            }
        }
        best as i32
    }
}
