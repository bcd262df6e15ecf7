impl Solution {
    pub fn is_power_of_two(n: i32) -> bool {
        // A positive power of two has exactly one set bit; n & (n - 1) clears it.
        n > 0 && n & (n - 1) == 0
    }
}
