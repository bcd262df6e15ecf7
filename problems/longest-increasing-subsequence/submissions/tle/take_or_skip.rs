// Take-or-skip recursion over every subsequence without a memo: correct but
// exponential.
impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        fn go(i: usize, prev: Option<i32>, nums: &[i32]) -> i32 {
            if i == nums.len() {
                return 0;
            }
            let skip = go(i + 1, prev, nums);
            match prev {
                Some(p) if p >= nums[i] => skip,
                _ => skip.max(1 + go(i + 1, Some(nums[i]), nums)),
            }
        }
        go(0, None, &nums)
    }
}
