// Checks every substring for being a palindrome: O(n^3) on a string of one repeated letter.
impl Solution {
    fn is_palindrome(b: &[u8]) -> bool {
        let (mut i, mut j) = (0, b.len() - 1);
        while i < j {
            if b[i] != b[j] {
                return false;
            }
            i += 1;
            j -= 1;
        }
        true
    }

    pub fn longest_palindrome(s: String) -> String {
        let b = s.as_bytes();
        let n = b.len();
        let (mut start, mut best) = (0, 0);
        for i in 0..n {
            for j in i..n {
                if Self::is_palindrome(&b[i..=j]) && j - i + 1 > best {
                    start = i;
                    best = j - i + 1;
                }
            }
        }
        s[start..start + best].to_string()
    }
}
