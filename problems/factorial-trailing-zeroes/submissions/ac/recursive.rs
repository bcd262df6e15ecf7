// z(n) = n / 5 + z(n / 5).
impl Solution {
    pub fn trailing_zeroes(n: i32) -> i32 {
        if n < 5 { 0 } else { n / 5 + Self::trailing_zeroes(n / 5) }
    }
}
