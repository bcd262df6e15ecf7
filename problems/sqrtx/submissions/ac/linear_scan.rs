// Tries 1, 2, 3, ... until the square passes x: at most 46 341 steps, which
// LeetCode accepts too.
impl Solution {
    pub fn my_sqrt(x: i32) -> i32 {
        let x = x as i64;
        let mut r: i64 = 0;
        while (r + 1) * (r + 1) <= x {
            r += 1;
        }
        r as i32
    }
}
