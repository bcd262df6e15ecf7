// Tests the bit positions 1..32 with a mask, forgetting position 0, so every
// odd number is one short.
impl Solution {
    pub fn hamming_weight(n: i32) -> i32 {
        let mut count = 0;
        for i in 1..32 {
            if n & (1 << i) != 0 {
                count += 1;
            }
        }
        count
    }
}
