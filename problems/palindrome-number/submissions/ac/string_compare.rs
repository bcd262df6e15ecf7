// Compares the decimal string with its reverse (the minus sign makes every
// negative number fail on its own).
impl Solution {
    pub fn is_palindrome(x: i32) -> bool {
        let s = x.to_string();
        s.chars().rev().collect::<String>() == s
    }
}
