// Kadane's algorithm over the day-to-day price changes: the profit of buying on day
// i and selling on day j is the sum of the changes between them.
impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        let mut cur = 0;
        let mut best = 0;
        for w in prices.windows(2) {
            cur = (cur + w[1] - w[0]).max(0);
            best = best.max(cur);
        }
        best
    }
}
