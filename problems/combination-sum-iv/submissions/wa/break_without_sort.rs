// Stops scanning nums at the first value larger than the current sum, but
// never sorted them: values after a large one are skipped.
impl Solution {
    pub fn combination_sum4(nums: Vec<i32>, target: i32) -> i32 {
        let mut dp = vec![0i32; target as usize + 1];
        dp[0] = 1;
        for i in 1..=target {
            for &n in &nums {
                if n > i {
                    break;
                }
                dp[i as usize] += dp[(i - n) as usize];
            }
        }
        dp[target as usize]
    }
}
