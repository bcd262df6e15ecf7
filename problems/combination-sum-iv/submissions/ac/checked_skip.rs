// Bottom-up with checked_add: a sum that would overflow i32 is skipped, like
// the `if (dp[i] > INT_MAX - dp[i - num]) continue;` guard of C++ answers.
impl Solution {
    pub fn combination_sum4(nums: Vec<i32>, target: i32) -> i32 {
        let t = target as usize;
        let mut dp = vec![0i32; t + 1];
        dp[0] = 1;
        for i in 1..=t {
            for &n in &nums {
                let n = n as usize;
                if n <= i {
                    if let Some(s) = dp[i].checked_add(dp[i - n]) {
                        dp[i] = s;
                    }
                }
            }
        }
        dp[t]
    }
}
