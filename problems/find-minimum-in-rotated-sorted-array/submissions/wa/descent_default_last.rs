// Scans for the descent nums[i] > nums[i + 1] and returns nums[i + 1], but
// when there is none (rotated n times: sorted) it returns the last element
// instead of the first.
impl Solution {
    pub fn find_min(nums: Vec<i32>) -> i32 {
        for i in 0..nums.len() - 1 {
            if nums[i] > nums[i + 1] {
                return nums[i + 1];
            }
        }
        nums[nums.len() - 1]
    }
}
