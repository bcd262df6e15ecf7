// Half reversal without rejecting numbers that end in 0: for 10, rev becomes 1
// and x 0, and 0 == 1 / 10 passes, so 10 gives true.
impl Solution {
    pub fn is_palindrome(x: i32) -> bool {
        if x < 0 {
            return false;
        }
        let mut x = x;
        let mut rev = 0;
        while x > rev {
            rev = rev * 10 + x % 10;
            x /= 10;
        }
        x == rev || x == rev / 10
    }
}
