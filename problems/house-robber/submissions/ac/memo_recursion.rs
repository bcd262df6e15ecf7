// Top-down: best(i) = max(skip house i, take it and jump to i + 2), memoized.
impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        fn best(i: usize, nums: &[i32], memo: &mut Vec<Option<i32>>) -> i32 {
            if i >= nums.len() {
                return 0;
            }
            if let Some(v) = memo[i] {
                return v;
            }
            let v = best(i + 1, nums, memo).max(nums[i] + best(i + 2, nums, memo));
            memo[i] = Some(v);
            v
        }
        let mut memo = vec![None; nums.len()];
        best(0, &nums, &mut memo)
    }
}
