// Walks from the last day backwards, keeping the highest later price, and
// measures each day as a buy day against it.
impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        let mut highest = std::i32::MIN;
        let mut ans = 0;
        for i in (0..prices.len()).rev() {
            highest = std::cmp::max(highest, prices[i]);
            ans = std::cmp::max(ans, highest - prices[i]);
        }
        ans
    }
}
