// Adds the carries only once ((a ^ b) | ((a & b) << 1)), as if carries could
// not create new carries: 3 + 1 gives 2 | 2 = 2 instead of 4.
impl Solution {
    pub fn get_sum(a: i32, b: i32) -> i32 {
        (a ^ b) | ((a & b) << 1)
    }
}
