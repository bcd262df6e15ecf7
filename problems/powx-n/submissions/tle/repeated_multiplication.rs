// Multiplies |n| times: correct, but about 2 * 10^9 multiplications when
// |n| is near 2^31.
impl Solution {
    pub fn my_pow(x: f64, n: i32) -> f64 {
        let e = (n as i64).abs();
        let base = if n < 0 { 1.0 / x } else { x };
        let mut r = 1.0;
        for _ in 0..e {
            r *= base;
        }
        r
    }
}
