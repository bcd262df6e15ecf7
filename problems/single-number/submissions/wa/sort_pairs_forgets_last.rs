// Sorts and checks the pairs, but falls back to 0 instead of the last element
// when every pair matches, i.e. when the lonely value is the largest.
impl Solution {
    pub fn single_number(nums: Vec<i32>) -> i32 {
        let mut nums = nums;
        nums.sort_unstable();
        for i in (0..nums.len() - 1).step_by(2) {
            if nums[i] != nums[i + 1] {
                return nums[i];
            }
        }
        0
    }
}
