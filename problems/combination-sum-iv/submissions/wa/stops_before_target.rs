// Fills the table with `1..target` (exclusive), so ways[target] is never
// computed and the answer is always 0.
impl Solution {
    pub fn combination_sum4(nums: Vec<i32>, target: i32) -> i32 {
        let t = target as usize;
        let mut dp = vec![0i32; t + 1];
        dp[0] = 1;
        for i in 1..t {
            for &n in &nums {
                let n = n as usize;
                if n <= i {
                    dp[i] += dp[i - n];
                }
            }
        }
        dp[t]
    }
}
