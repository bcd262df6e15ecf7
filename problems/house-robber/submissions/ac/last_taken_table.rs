// dp[i] = best total when house i is the last one robbed: the previous robbed
// house is i - 2 or i - 3 (skipping more than two is never better).
impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        let mut dp = vec![0; n];
        for i in 0..n {
            let before = match i {
                0 | 1 => 0,
                2 => dp[0],
                _ => dp[i - 2].max(dp[i - 3]),
            };
            dp[i] = nums[i] + before;
        }
        *dp.iter().max().unwrap()
    }
}
