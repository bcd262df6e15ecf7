impl Solution {
    pub fn my_sqrt(x: i32) -> i32 {
        // Largest r with r * r <= x, by binary search; products in i64.
        let x = i64::from(x);
        let (mut lo, mut hi) = (0i64, x.min(46_341));
        while lo < hi {
            let mid = lo + (hi - lo + 1) / 2;
            if mid * mid <= x {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        lo as i32
    }
}
