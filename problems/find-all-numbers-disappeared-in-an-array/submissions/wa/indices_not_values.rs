// Marks values in a table correctly but reports the 0-based index of each
// missing value instead of the value itself.
impl Solution {
    pub fn find_disappeared_numbers(nums: Vec<i32>) -> Vec<i32> {
        let mut seen = vec![false; nums.len()];
        for &x in &nums {
            seen[x as usize - 1] = true;
        }
        (0..nums.len()).filter(|&i| !seen[i]).map(|i| i as i32).collect()
    }
}
