// Compares each value only with the one right after it, without sorting first:
// a repeat that is not adjacent ([3, 1, 3]) goes unnoticed.
impl Solution {
    pub fn contains_duplicate(nums: Vec<i32>) -> bool {
        for i in 1..nums.len() {
            if nums[i] == nums[i - 1] {
                return true;
            }
        }
        false
    }
}
