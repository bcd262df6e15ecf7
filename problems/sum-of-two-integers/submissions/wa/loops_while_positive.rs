// Runs the carry loop while b > 0, so a negative b (or a negative carry) is
// never added: -12 + 4 works, but 4 + -12 returns 4.
impl Solution {
    pub fn get_sum(a: i32, b: i32) -> i32 {
        let (mut a, mut b) = (a, b);
        while b > 0 {
            let carry = (a & b) << 1;
            a ^= b;
            b = carry;
        }
        a
    }
}
