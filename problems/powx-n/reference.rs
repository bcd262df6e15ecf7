impl Solution {
    pub fn my_pow(x: f64, n: i32) -> f64 {
        // Widen first: -i32::MIN does not fit in an i32.
        let mut e = i64::from(n);
        let mut base = x;
        if e < 0 {
            base = 1.0 / base;
            e = -e;
        }
        // Square-and-multiply over the bits of the exponent.
        let mut result = 1.0;
        while e > 0 {
            if e & 1 == 1 {
                result *= base;
            }
            base *= base;
            e >>= 1;
        }
        result
    }
}
