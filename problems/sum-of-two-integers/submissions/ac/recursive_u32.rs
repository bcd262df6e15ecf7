// The carry recursion on u32 (wrapping by construction), cast back to i32.
impl Solution {
    pub fn get_sum(a: i32, b: i32) -> i32 {
        fn add(a: u32, b: u32) -> u32 {
            if b == 0 { a } else { add(a ^ b, (a & b) << 1) }
        }
        add(a as u32, b as u32) as i32
    }
}
