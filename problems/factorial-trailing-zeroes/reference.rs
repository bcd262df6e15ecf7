impl Solution {
    pub fn trailing_zeroes(n: i32) -> i32 {
        // Each trailing zero is a factor 10 = 2 * 5, and twos are plentiful:
        // count the factors 5 in 1..=n (multiples of 5, then of 25, 125, ...).
        let mut count = 0;
        let mut m = n;
        while m > 0 {
            m /= 5;
            count += m;
        }
        count
    }
}
