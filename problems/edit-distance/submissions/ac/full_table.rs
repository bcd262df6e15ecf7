// The full (m + 1) x (n + 1) table, with the three operations spelled out.
impl Solution {
    pub fn min_distance(word1: String, word2: String) -> i32 {
        let w1: Vec<char> = word1.chars().collect();
        let w2: Vec<char> = word2.chars().collect();
        let m = w1.len();
        let n = w2.len();
        let mut dp = vec![vec![0i32; n + 1]; m + 1];
        for i in 0..=m {
            dp[i][0] = i as i32;
        }
        for j in 0..=n {
            dp[0][j] = j as i32;
        }
        for i in 1..=m {
            for j in 1..=n {
                if w1[i - 1] == w2[j - 1] {
                    dp[i][j] = dp[i - 1][j - 1];
                } else {
                    let replace = dp[i - 1][j - 1];
                    let delete = dp[i - 1][j];
                    let insert = dp[i][j - 1];
                    dp[i][j] = 1 + replace.min(delete).min(insert);
                }
            }
        }
        dp[m][n]
    }
}
