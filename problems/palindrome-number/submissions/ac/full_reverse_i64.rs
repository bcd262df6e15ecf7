// Reverses every digit into an i64 (no overflow) and compares.
impl Solution {
    pub fn is_palindrome(x: i32) -> bool {
        if x < 0 {
            return false;
        }
        let (mut n, mut rev) = (x as i64, 0i64);
        while n > 0 {
            rev = rev * 10 + n % 10;
            n /= 10;
        }
        rev == x as i64
    }
}
