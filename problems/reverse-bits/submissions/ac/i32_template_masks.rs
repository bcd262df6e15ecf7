// The revised LeetCode template (i32 -> i32), reversed with the five
// mask-and-swap steps on the bits reinterpreted as u32.
impl Solution {
    pub fn reverse_bits(n: i32) -> i32 {
        let mut x = n as u32;
        x = (x >> 16) | (x << 16);
        x = ((x & 0xff00ff00) >> 8) | ((x & 0x00ff00ff) << 8);
        x = ((x & 0xf0f0f0f0) >> 4) | ((x & 0x0f0f0f0f) << 4);
        x = ((x & 0xcccccccc) >> 2) | ((x & 0x33333333) << 2);
        x = ((x & 0xaaaaaaaa) >> 1) | ((x & 0x55555555) << 1);
        x as i32
    }
}
