// Counts the significant bits (the bit length) instead of the set bits:
// right only when every bit below the top one is also 1.
impl Solution {
    pub fn hammingWeight(n: u32) -> i32 {
        (32 - n.leading_zeros()) as i32
    }
}
