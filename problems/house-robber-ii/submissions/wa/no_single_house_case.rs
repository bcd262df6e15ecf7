// Solves nums[1..] and nums[..n - 1] but forgets the street with one house:
// both slices are empty and the answer comes out 0.
impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
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
        line(&nums[1..]).max(line(&nums[..n - 1]))
    }
}
