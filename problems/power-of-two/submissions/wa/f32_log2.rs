// Tests whether log2(n) is a whole number in f32, whose 24-bit mantissa rounds
// large neighbours of a power (2^30 + 1) onto the power itself.
impl Solution {
    pub fn is_power_of_two(n: i32) -> bool {
        n > 0 && (n as f32).log2().fract() == 0.0
    }
}
