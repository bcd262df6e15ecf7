// Starts the best profit at the first day-to-day difference instead of 0, so a
// market that only falls returns a loss ([4, 1] gives -3), and a single day panics.
impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        let mut best = prices[1] - prices[0];
        let mut lowest = prices[0].min(prices[1]);
        for &p in &prices[2..] {
            best = best.max(p - lowest);
            lowest = lowest.min(p);
        }
        best
    }
}
