// Sorts, then walks the pairs: the first pair whose two elements differ
// starts with the answer; if none does, the answer is the last element.
impl Solution {
    pub fn single_number(nums: Vec<i32>) -> i32 {
        let mut nums = nums;
        nums.sort_unstable();
        let mut i = 0;
        while i + 1 < nums.len() {
            if nums[i] != nums[i + 1] {
                return nums[i];
            }
            i += 2;
        }
        nums[nums.len() - 1]
    }
}
