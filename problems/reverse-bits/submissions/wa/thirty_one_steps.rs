// Loops 31 times instead of 32, so every bit lands one place too low (the
// answer is half the right one).
impl Solution {
    pub fn reverse_bits(n: i32) -> i32 {
        let (mut n, mut r) = (n, 0i32);
        for _ in 0..31 {
            r = (r << 1) | (n & 1);
            n >>= 1;
        }
        r
    }
}
