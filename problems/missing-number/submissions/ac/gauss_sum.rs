// Expected sum n(n + 1)/2 minus the actual sum (at most 5 * 10^7: no overflow).
impl Solution {
    pub fn missing_number(nums: Vec<i32>) -> i32 {
        let n = nums.len() as i32;
        n * (n + 1) / 2 - nums.iter().sum::<i32>()
    }
}
