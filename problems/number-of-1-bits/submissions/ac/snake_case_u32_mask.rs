// snake_case name with a u32 parameter: tests each of the 32 bit positions
// with a moving mask.
impl Solution {
    pub fn hamming_weight(n: u32) -> i32 {
        (0..32).filter(|&i| n & (1u32 << i) != 0).count() as i32
    }
}
