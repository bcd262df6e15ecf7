// Iterative square-and-multiply on n.unsigned_abs() (a u32 holds 2^31), and
// the reciprocal taken at the end.
impl Solution {
    pub fn my_pow(x: f64, n: i32) -> f64 {
        let mut e = n.unsigned_abs();
        let mut base = x;
        let mut acc = 1.0;
        while e > 0 {
            if e % 2 == 1 {
                acc *= base;
            }
            base *= base;
            e /= 2;
        }
        if n < 0 { 1.0 / acc } else { acc }
    }
}
