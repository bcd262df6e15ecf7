// Adds one to the last digit and never carries: [1, 9] becomes [1, 10].
impl Solution {
    pub fn plus_one(digits: Vec<i32>) -> Vec<i32> {
        let mut digits = digits;
        let last = digits.len() - 1;
        digits[last] += 1;
        digits
    }
}
