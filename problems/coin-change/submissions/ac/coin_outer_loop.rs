// Unbounded knapsack with the coin loop outside, i64 table and an i64 sentinel.
impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        const INF: i64 = i64::MAX / 2;
        let n = amount as usize;
        let mut dp = vec![INF; n + 1];
        dp[0] = 0;
        for coin in coins {
            let c = coin as usize;
            if c > n {
                continue;
            }
            for a in c..=n {
                dp[a] = dp[a].min(dp[a - c] + 1);
            }
        }
        if dp[n] >= INF { -1 } else { dp[n] as i32 }
    }
}
