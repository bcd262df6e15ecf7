// Seeds dp[1] = nums[1] instead of max(nums[0], nums[1]), so robbing only
// the first house is forgotten at index 1 ([5, 1, 0, 3] gives 5, not 8).
impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        if n == 1 {
            return nums[0];
        }
        let mut dp = vec![0; n];
        dp[0] = nums[0];
        dp[1] = nums[1];
        for i in 2..n {
            dp[i] = dp[i - 1].max(dp[i - 2] + nums[i]);
        }
        dp[n - 1]
    }
}
