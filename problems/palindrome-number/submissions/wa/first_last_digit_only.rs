// Compares only the first and the last digit: 1231 gives true.
impl Solution {
    pub fn is_palindrome(x: i32) -> bool {
        if x < 0 {
            return false;
        }
        let s = x.to_string().into_bytes();
        s[0] == s[s.len() - 1]
    }
}
