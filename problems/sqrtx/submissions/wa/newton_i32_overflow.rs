// Newton's iteration in i32 starting from r = x: the first step computes
// r + x / r, which overflows for x = 2^31 - 1 (and r * r overflows long before).
impl Solution {
    pub fn my_sqrt(x: i32) -> i32 {
        if x == 0 {
            return 0;
        }
        let mut r = x;
        while r > x / r {
            r = (r + x / r) / 2;
        }
        r
    }
}
