// Binary search over 0..=x with mid * mid computed in i32: for large x the
// product overflows (a panic with overflow checks, a wrong comparison without).
impl Solution {
    pub fn my_sqrt(x: i32) -> i32 {
        let (mut lo, mut hi) = (0, x);
        while lo < hi {
            let mid = lo + (hi - lo + 1) / 2;
            if mid * mid <= x {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        lo
    }
}
