// Uses i32::MAX as "unreachable" and adds 1 to it unguarded: the sum wraps to
// i32::MIN and becomes the "fewest" count ([2], amount 3 gives -2147483648).
impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        let n = amount as usize;
        let mut dp = vec![i32::MAX; n + 1];
        dp[0] = 0;
        for a in 1..=n {
            for &c in &coins {
                if c as usize <= a {
                    dp[a] = dp[a].min(dp[a - c as usize] + 1);
                }
            }
        }
        if dp[n] == i32::MAX { -1 } else { dp[n] }
    }
}
