// Shrinks the window with `if` instead of `while`: after a large element
// arrives, the window keeps elements it no longer needs ([1, 1, 1, 10],
// target 10, gives 3 instead of 1).
impl Solution {
    pub fn min_sub_array_len(target: i32, nums: Vec<i32>) -> i32 {
        let mut best = usize::MAX;
        let (mut left, mut sum) = (0, 0);
        for right in 0..nums.len() {
            sum += nums[right];
            if sum >= target {
                best = best.min(right + 1 - left);
                sum -= nums[left];
                left += 1;
            }
        }
        if best == usize::MAX { 0 } else { best as i32 }
    }
}
