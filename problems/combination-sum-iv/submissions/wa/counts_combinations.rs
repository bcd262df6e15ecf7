// Loops over the numbers outside and the sums inside (the Coin Change II
// order): this counts multisets, not ordered sequences ([1, 2], 3 gives 2).
impl Solution {
    pub fn combination_sum4(nums: Vec<i32>, target: i32) -> i32 {
        let t = target as usize;
        let mut dp = vec![0i32; t + 1];
        dp[0] = 1;
        for &n in &nums {
            let n = n as usize;
            for i in n..=t {
                dp[i] += dp[i - n];
            }
        }
        dp[t]
    }
}
