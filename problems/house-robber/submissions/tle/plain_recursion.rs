// Take-or-skip recursion without a memo: Fibonacci-many calls, hopeless for
// 100 houses (it is correct, only far too slow).
impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        fn best(i: usize, nums: &[i32]) -> i32 {
            if i >= nums.len() {
                return 0;
            }
            best(i + 1, nums).max(nums[i] + best(i + 2, nums))
        }
        best(0, &nums)
    }
}
