// The plain minimum: O(n), which LeetCode accepts at n <= 5000.
impl Solution {
    pub fn find_min(nums: Vec<i32>) -> i32 {
        *nums.iter().min().unwrap()
    }
}
