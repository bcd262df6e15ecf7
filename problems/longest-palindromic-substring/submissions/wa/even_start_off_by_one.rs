// Expand around center, but the start of the best window is computed as i - len / 2
// instead of i - (len - 1) / 2: every even-length answer is shifted one to the left.
impl Solution {
    fn expand(b: &[u8], mut l: i32, mut r: i32) -> usize {
        while l >= 0 && (r as usize) < b.len() && b[l as usize] == b[r as usize] {
            l -= 1;
            r += 1;
        }
        (r - l - 1) as usize
    }

    pub fn longest_palindrome(s: String) -> String {
        let b = s.as_bytes();
        let (mut start, mut end) = (0usize, 0usize);
        for i in 0..b.len() {
            let len = Self::expand(b, i as i32, i as i32).max(Self::expand(b, i as i32, i as i32 + 1));
            if len > end - start + 1 {
                start = i - len / 2;
                end = i + len / 2;
            }
        }
        s[start..=end].to_string()
    }
}
