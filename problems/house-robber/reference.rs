impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        // best_prev: best total over the houses before the previous one;
        // best: best total over all houses seen so far.
        let (mut best_prev, mut best) = (0, 0);
        for x in nums {
            let take = best_prev + x;
            best_prev = best;
            best = best.max(take);
        }
        best
    }
}
