// One table per choice for the first house (robbed or not); when it is robbed,
// the last house is not allowed.
impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        let mut best = 0;
        for take_first in [false, true] {
            let mut dp = vec![0i32; n + 1];
            dp[1] = if take_first { nums[0] } else { 0 };
            for i in 2..=n {
                let skip = dp[i - 1];
                let take = if take_first && i == n { 0 } else { dp[i - 2] + nums[i - 1] };
                dp[i] = skip.max(take);
            }
            best = best.max(dp[n]);
        }
        best
    }
}
