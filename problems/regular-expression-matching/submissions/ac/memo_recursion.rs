// Top-down over (i, j) with a memo: the first character must match, and x* is
// either skipped or consumes one character and stays.
impl Solution {
    pub fn is_match(s: String, p: String) -> bool {
        fn go(i: usize, j: usize, s: &[u8], p: &[u8], memo: &mut Vec<Vec<Option<bool>>>) -> bool {
            if let Some(r) = memo[i][j] {
                return r;
            }
            let r = if j == p.len() {
                i == s.len()
            } else {
                let first = i < s.len() && (p[j] == b'.' || p[j] == s[i]);
                if j + 1 < p.len() && p[j + 1] == b'*' {
                    go(i, j + 2, s, p, memo) || (first && go(i + 1, j, s, p, memo))
                } else {
                    first && go(i + 1, j + 1, s, p, memo)
                }
            };
            memo[i][j] = Some(r);
            r
        }
        let (s, p) = (s.as_bytes(), p.as_bytes());
        let mut memo = vec![vec![None; p.len() + 1]; s.len() + 1];
        go(0, 0, s, p, &mut memo)
    }
}
