// For each value 1..=n, scans nums for it: O(n^2), too slow for n = 10^5 when
// many values are missing (each missing one costs a full scan).
impl Solution {
    pub fn find_disappeared_numbers(nums: Vec<i32>) -> Vec<i32> {
        let n = nums.len() as i32;
        (1..=n).filter(|v| !nums.contains(v)).collect()
    }
}
