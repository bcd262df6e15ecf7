// Solves longest common SUBSTRING instead: a mismatch resets the run to 0, so
// characters must be adjacent ("axbycz" vs "abc" gives 1 instead of 3).
impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        let (a, b) = (text1.as_bytes(), text2.as_bytes());
        let mut dp = vec![vec![0; b.len() + 1]; a.len() + 1];
        let mut best = 0;
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                if a[i - 1] == b[j - 1] {
                    dp[i][j] = dp[i - 1][j - 1] + 1;
                    best = best.max(dp[i][j]);
                }
            }
        }
        best
    }
}
