// Stops as soon as n has no bits left, so only the significant bits are
// reversed: 2 gives 1 instead of 2^30.
impl Solution {
    pub fn reverse_bits(x: u32) -> u32 {
        let (mut x, mut r) = (x, 0u32);
        while x > 0 {
            r = (r << 1) | (x & 1);
            x >>= 1;
        }
        r
    }
}
