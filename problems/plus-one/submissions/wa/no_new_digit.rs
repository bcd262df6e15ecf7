// Propagates the carry correctly but forgets that all nines need one more
// digit: [9, 9] becomes [0, 0] instead of [1, 0, 0].
impl Solution {
    pub fn plus_one(digits: Vec<i32>) -> Vec<i32> {
        let mut digits = digits;
        for d in digits.iter_mut().rev() {
            if *d < 9 {
                *d += 1;
                break;
            }
            *d = 0;
        }
        digits
    }
}
