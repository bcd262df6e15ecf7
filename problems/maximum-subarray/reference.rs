impl Solution {
    pub fn max_sub_array(nums: Vec<i32>) -> i32 {
        let mut best = nums[0];
        let mut cur = 0;
        for &x in &nums {
            cur = if cur > 0 { cur + x } else { x };
            best = best.max(cur);
        }
        best
    }
}
