// Pushes each reachable sum forward as `a + coin` in i32: with a coin of
// 2^31 - 1 the sum wraps negative, passes the `<= amount` test and is used as
// an index (panic).
impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        let mut dp = vec![-1i32; amount as usize + 1];
        dp[0] = 0;
        for a in 0..=amount {
            if dp[a as usize] < 0 {
                continue;
            }
            for &c in &coins {
                let next = a + c;
                if next <= amount {
                    let cand = dp[a as usize] + 1;
                    let slot = &mut dp[next as usize];
                    if *slot < 0 || cand < *slot {
                        *slot = cand;
                    }
                }
            }
        }
        dp[amount as usize]
    }
}
