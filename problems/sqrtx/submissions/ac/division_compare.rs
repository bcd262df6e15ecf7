// Binary search that avoids overflow by comparing mid with x / mid instead of
// mid * mid with x (all in i32).
impl Solution {
    pub fn my_sqrt(x: i32) -> i32 {
        if x < 2 {
            return x;
        }
        let (mut lo, mut hi) = (1, x / 2);
        let mut ans = 1;
        while lo <= hi {
            let mid = lo + (hi - lo) / 2;
            if mid <= x / mid {
                ans = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        ans
    }
}
