// The old template (camelCase, u32) with the standard library's popcount.
impl Solution {
    pub fn hammingWeight(n: u32) -> i32 {
        n.count_ones() as i32
    }
}
