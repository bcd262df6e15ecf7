// The incremental binomial in i32: c * (total - i) overflows before the
// division on the large grids (17 x 17, 8 x 69), and wraps.
impl Solution {
    pub fn unique_paths(m: i32, n: i32) -> i32 {
        let total = m + n - 2;
        let k = m.min(n) - 1;
        let mut c: i32 = 1;
        for i in 0..k {
            c = c.wrapping_mul(total - i) / (i + 1);
        }
        c
    }
}
