impl Solution {
    pub fn is_match(s: String, p: String) -> bool {
        // dp[i][j]: does s[..i] match p[..j]?
        let (s, p) = (s.as_bytes(), p.as_bytes());
        let (n, m) = (s.len(), p.len());
        let mut dp = vec![vec![false; m + 1]; n + 1];
        dp[0][0] = true;
        for i in 0..=n {
            for j in 1..=m {
                dp[i][j] = if p[j - 1] == b'*' {
                    // Zero copies of p[j - 2], or one more copy of it.
                    let one = |c: u8| p[j - 2] == b'.' || p[j - 2] == c;
                    dp[i][j - 2] || (i > 0 && one(s[i - 1]) && dp[i - 1][j])
                } else {
                    i > 0 && (p[j - 1] == b'.' || p[j - 1] == s[i - 1]) && dp[i - 1][j - 1]
                };
            }
        }
        dp[n][m]
    }
}
