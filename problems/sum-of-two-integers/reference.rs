impl Solution {
    pub fn get_sum(a: i32, b: i32) -> i32 {
        // a ^ b adds without carries; (a & b) << 1 are the carries, moved up.
        let (mut a, mut b) = (a, b);
        while b != 0 {
            let carry = (a & b) << 1;
            a ^= b;
            b = carry;
        }
        a
    }
}
