// Subtracts the list from 0 + 1 + ... + (n - 1) instead of 0 + ... + n, so
// it returns missing - n instead of missing (e.g. 0 rather than n when n is absent).
impl Solution {
    pub fn missing_number(nums: Vec<i32>) -> i32 {
        let n = nums.len() as i32;
        let expected: i32 = (0..n).sum();
        expected - nums.iter().sum::<i32>()
    }
}
