// Longest common substring of s and reverse(s), without checking that the match is the
// mirror image of the same positions: "pqr1234rqp" returns "pqr", which is no palindrome.
impl Solution {
    pub fn longest_palindrome(s: String) -> String {
        let a: Vec<u8> = s.bytes().collect();
        let r: Vec<u8> = a.iter().rev().cloned().collect();
        let n = a.len();
        let mut dp = vec![vec![0usize; n + 1]; n + 1];
        let (mut best, mut end) = (0, 0);
        for i in 1..=n {
            for j in 1..=n {
                if a[i - 1] == r[j - 1] {
                    dp[i][j] = dp[i - 1][j - 1] + 1;
                    if dp[i][j] > best {
                        best = dp[i][j];
                        end = i;
                    }
                }
            }
        }
        s[end - best..end].to_string()
    }
}
