// 2^30 is the largest power of two in range: n is a power of two exactly when
// it is positive and divides 2^30.
impl Solution {
    pub fn is_power_of_two(n: i32) -> bool {
        n > 0 && (1 << 30) % n == 0
    }
}
