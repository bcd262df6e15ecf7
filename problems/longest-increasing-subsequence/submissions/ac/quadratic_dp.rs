// The classic O(n^2) table: dp[i] = longest increasing subsequence ending at i.
impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        let mut dp = vec![1; n];
        let mut best = 1;
        for i in 1..n {
            for j in 0..i {
                if nums[j] < nums[i] && dp[j] + 1 > dp[i] {
                    dp[i] = dp[j] + 1;
                }
            }
            best = best.max(dp[i]);
        }
        best
    }
}
