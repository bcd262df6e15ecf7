// Recursive fast power on an i64 exponent: x^e = (x^(e/2))^2, times x when e is odd.
impl Solution {
    pub fn my_pow(x: f64, n: i32) -> f64 {
        fn pow(x: f64, e: i64) -> f64 {
            if e == 0 {
                return 1.0;
            }
            let half = pow(x, e / 2);
            if e % 2 == 0 { half * half } else { half * half * x }
        }
        let e = n as i64;
        if e < 0 { 1.0 / pow(x, -e) } else { pow(x, e) }
    }
}
