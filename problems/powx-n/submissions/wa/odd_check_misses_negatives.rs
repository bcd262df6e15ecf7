// Recursive halving directly on a negative exponent: for odd negative n,
// n % 2 is -1, not 1, so the extra factor 1/x is silently dropped.
impl Solution {
    pub fn my_pow(x: f64, n: i32) -> f64 {
        if n == 0 {
            return 1.0;
        }
        let half = Self::my_pow(x, n / 2);
        if n % 2 == 1 {
            half * half * x
        } else {
            half * half
        }
    }
}
