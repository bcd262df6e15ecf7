// Top-down recursion with a memo table (-1 = not computed yet); up to 2000 frames deep.
impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        fn go(a: &[u8], b: &[u8], i: usize, j: usize, memo: &mut Vec<Vec<i32>>) -> i32 {
            if i == a.len() || j == b.len() {
                return 0;
            }
            if memo[i][j] >= 0 {
                return memo[i][j];
            }
            let r = if a[i] == b[j] {
                1 + go(a, b, i + 1, j + 1, memo)
            } else {
                go(a, b, i + 1, j, memo).max(go(a, b, i, j + 1, memo))
            };
            memo[i][j] = r;
            r
        }
        let mut memo = vec![vec![-1; text2.len()]; text1.len()];
        go(text1.as_bytes(), text2.as_bytes(), 0, 0, &mut memo)
    }
}
