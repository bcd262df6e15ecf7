// Adds with an explicit carry over every digit, then prepends a leftover carry.
impl Solution {
    pub fn plus_one(digits: Vec<i32>) -> Vec<i32> {
        let mut out = Vec::with_capacity(digits.len() + 1);
        let mut carry = 1;
        for &d in digits.iter().rev() {
            let s = d + carry;
            out.push(s % 10);
            carry = s / 10;
        }
        if carry > 0 {
            out.push(carry);
        }
        out.reverse();
        out
    }
}
