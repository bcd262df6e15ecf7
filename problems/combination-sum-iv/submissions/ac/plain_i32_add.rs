// The usual LeetCode Rust answer: plain i32 `+=`. Intermediate counts overflow
// and wrap (no overflow checks, as on LeetCode), which leaves the final count exact.
impl Solution {
    pub fn combination_sum4(nums: Vec<i32>, target: i32) -> i32 {
        let mut dp = vec![0; target as usize + 1];
        dp[0] = 1;
        for i in 1..=target as usize {
            for &n in nums.iter() {
                if n as usize <= i {
                    dp[i] += dp[i - n as usize];
                }
            }
        }
        dp[target as usize]
    }
}
