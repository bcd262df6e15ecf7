// Greedy: repeatedly robs the richest house still allowed and blocks its
// neighbours ([6, 7, 6, 1] takes 7 + 1 instead of 6 + 6).
impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by(|&a, &b| nums[b].cmp(&nums[a]));
        let mut blocked = vec![false; n];
        let mut total = 0;
        for i in order {
            if blocked[i] {
                continue;
            }
            total += nums[i];
            blocked[i] = true;
            if i > 0 {
                blocked[i - 1] = true;
            }
            if i + 1 < n {
                blocked[i + 1] = true;
            }
        }
        total
    }
}
