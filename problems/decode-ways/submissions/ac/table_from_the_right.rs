// Bottom-up table from the end of the string, parsing each pair as a number.
impl Solution {
    pub fn num_decodings(s: String) -> i32 {
        let d: Vec<u32> = s.chars().map(|c| c.to_digit(10).unwrap()).collect();
        let n = d.len();
        let mut dp = vec![0i32; n + 2];
        dp[n] = 1;
        for i in (0..n).rev() {
            if d[i] == 0 {
                continue;
            }
            dp[i] = dp[i + 1];
            if i + 1 < n && d[i] * 10 + d[i + 1] <= 26 {
                dp[i] += dp[i + 2];
            }
        }
        dp[0]
    }
}
