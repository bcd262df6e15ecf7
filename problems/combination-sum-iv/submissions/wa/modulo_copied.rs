// Takes every count modulo 1_000_000_007 out of habit (to "avoid overflow"):
// wrong as soon as the true answer is above 10^9 + 7.
impl Solution {
    pub fn combination_sum4(nums: Vec<i32>, target: i32) -> i32 {
        const MOD: i64 = 1_000_000_007;
        let t = target as usize;
        let mut dp = vec![0i64; t + 1];
        dp[0] = 1;
        for i in 1..=t {
            for &n in &nums {
                let n = n as usize;
                if n <= i {
                    dp[i] = (dp[i] + dp[i - n]) % MOD;
                }
            }
        }
        dp[t] as i32
    }
}
