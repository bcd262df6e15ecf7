// The bottom-up table without the row for the empty prefix of s: patterns like
// "c*" or "a*b*" that match nothing are never marked, so "c*b" fails on "b".
impl Solution {
    pub fn is_match(s: String, p: String) -> bool {
        let (s, p) = (s.as_bytes(), p.as_bytes());
        let (n, m) = (s.len(), p.len());
        let mut dp = vec![vec![false; m + 1]; n + 1];
        dp[0][0] = true;
        for i in 1..=n {
            for j in 1..=m {
                dp[i][j] = if p[j - 1] == b'*' {
                    let one = p[j - 2] == b'.' || p[j - 2] == s[i - 1];
                    dp[i][j - 2] || (one && dp[i - 1][j])
                } else {
                    (p[j - 1] == b'.' || p[j - 1] == s[i - 1]) && dp[i - 1][j - 1]
                };
            }
        }
        dp[n][m]
    }
}
