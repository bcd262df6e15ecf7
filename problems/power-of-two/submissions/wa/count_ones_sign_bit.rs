// Counts the set bits and wants exactly one, forgetting that -2^31 is also a
// single set bit (the sign bit) in two's complement.
impl Solution {
    pub fn is_power_of_two(n: i32) -> bool {
        n.count_ones() == 1
    }
}
