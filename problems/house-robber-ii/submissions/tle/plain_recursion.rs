// Rob or skip each house by plain recursion, with a flag for the first house:
// correct, but exponential (Fibonacci many calls) at 100 houses.
impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        fn go(i: usize, end: usize, nums: &[i32]) -> i32 {
            if i >= end {
                return 0;
            }
            go(i + 1, end, nums).max(nums[i] + go(i + 2, end, nums))
        }
        let n = nums.len();
        if n == 1 {
            return nums[0];
        }
        go(0, n - 1, &nums).max(go(1, n, &nums))
    }
}
