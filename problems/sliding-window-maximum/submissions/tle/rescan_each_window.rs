// Scans every window for its maximum: O(n * k), too slow for n = 10^5 with
// k = n / 2.
impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let k = k as usize;
        (0..=nums.len() - k).map(|i| *nums[i..i + k].iter().max().unwrap()).collect()
    }
}
