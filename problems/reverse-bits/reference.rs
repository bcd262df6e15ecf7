impl Solution {
    pub fn reverse_bits(x: u32) -> u32 {
        // Push the bits of x, lowest first, onto the answer from the right.
        let (mut x, mut r) = (x, 0u32);
        for _ in 0..32 {
            r = (r << 1) | (x & 1);
            x >>= 1;
        }
        r
    }
}
