// Top-down take/skip over (index, previous taken index) with a 2-D memo:
// O(n^2) states, recursion 2500 frames deep.
impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        fn go(i: usize, prev: usize, nums: &[i32], memo: &mut Vec<Vec<i32>>) -> i32 {
            // prev == nums.len() means "nothing taken yet".
            if i == nums.len() {
                return 0;
            }
            if memo[i][prev] >= 0 {
                return memo[i][prev];
            }
            let mut best = go(i + 1, prev, nums, memo);
            if prev == nums.len() || nums[prev] < nums[i] {
                best = best.max(1 + go(i + 1, i, nums, memo));
            }
            memo[i][prev] = best;
            best
        }
        let n = nums.len();
        let mut memo = vec![vec![-1; n + 1]; n];
        go(0, n, &nums, &mut memo)
    }
}
