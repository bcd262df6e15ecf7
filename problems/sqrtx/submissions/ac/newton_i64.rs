// Newton's iteration r = (r + x / r) / 2 in i64, from r = x down to the floor.
impl Solution {
    pub fn my_sqrt(x: i32) -> i32 {
        let x = x as i64;
        let mut r = x;
        while r * r > x {
            r = (r + x / r) / 2;
        }
        r as i32
    }
}
