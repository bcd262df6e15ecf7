impl Solution {
    pub fn plus_one(digits: Vec<i32>) -> Vec<i32> {
        let mut digits = digits;
        // Trailing nines turn into zeros; the first other digit absorbs the carry.
        for d in digits.iter_mut().rev() {
            if *d < 9 {
                *d += 1;
                return digits;
            }
            *d = 0;
        }
        // Every digit was a nine: the number grows by one digit, 99..9 + 1 = 100..0.
        digits.insert(0, 1);
        digits
    }
}
