// Starts at x / 2 and steps down until the square fits: correct, but about
// 10^9 steps for x near 2^31 (the answer is never above 46 340).
impl Solution {
    pub fn my_sqrt(x: i32) -> i32 {
        if x < 2 {
            return x;
        }
        let x = x as i64;
        let mut r = x / 2;
        while r * r > x {
            r -= 1;
        }
        r as i32
    }
}
