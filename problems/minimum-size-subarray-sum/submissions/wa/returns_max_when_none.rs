// Sliding window, but forgets to turn the "infinity" start value into 0 when
// no window reaches the target: returns i32::MAX.
impl Solution {
    pub fn min_sub_array_len(target: i32, nums: Vec<i32>) -> i32 {
        let mut best = i32::MAX;
        let (mut left, mut sum) = (0, 0);
        for right in 0..nums.len() {
            sum += nums[right];
            while sum >= target {
                best = best.min((right - left + 1) as i32);
                sum -= nums[left];
                left += 1;
            }
        }
        best
    }
}
