impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        // The first and last houses are neighbours: either the first is
        // skipped or the last is. Solve the straight street twice.
        fn line(houses: &[i32]) -> i32 {
            let (mut prev, mut best) = (0, 0);
            for &x in houses {
                let take = prev + x;
                prev = best;
                best = best.max(take);
            }
            best
        }
        let n = nums.len();
        if n == 1 {
            return nums[0];
        }
        line(&nums[1..]).max(line(&nums[..n - 1]))
    }
}
