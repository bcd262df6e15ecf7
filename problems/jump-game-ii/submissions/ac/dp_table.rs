// DP over indices: best[j] = fewest jumps to reach j, relaxing every jump
// from every index. O(n * max jump) = 10^7 steps: LeetCode accepts it.
impl Solution {
    pub fn jump(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        let mut best = vec![i32::MAX; n];
        best[0] = 0;
        for i in 0..n {
            if best[i] == i32::MAX {
                continue;
            }
            let far = (i + nums[i] as usize).min(n - 1);
            for j in i + 1..=far {
                best[j] = best[j].min(best[i] + 1);
            }
        }
        best[n - 1]
    }
}
