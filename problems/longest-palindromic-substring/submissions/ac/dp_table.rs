// Interval DP: is_pal[i][j] = s[i] == s[j] && is_pal[i+1][j-1], filled by length. O(n^2) time and space.
impl Solution {
    pub fn longest_palindrome(s: String) -> String {
        let b: Vec<u8> = s.into_bytes();
        let n = b.len();
        let mut is_pal = vec![vec![false; n]; n];
        let (mut start, mut best) = (0, 1);
        for i in 0..n {
            is_pal[i][i] = true;
        }
        for len in 2..=n {
            for i in 0..=n - len {
                let j = i + len - 1;
                if b[i] == b[j] && (len == 2 || is_pal[i + 1][j - 1]) {
                    is_pal[i][j] = true;
                    if len > best {
                        best = len;
                        start = i;
                    }
                }
            }
        }
        String::from_utf8(b[start..start + best].to_vec()).unwrap()
    }
}
