// i32 template: every set bit i of n is placed at 31 - i.
impl Solution {
    pub fn reverse_bits(n: i32) -> i32 {
        let mut r = 0i32;
        for i in 0..32 {
            if (n >> i) & 1 == 1 {
                r |= 1 << (31 - i);
            }
        }
        r
    }
}
