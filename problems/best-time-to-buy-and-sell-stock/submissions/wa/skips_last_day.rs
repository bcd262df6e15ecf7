// Running minimum, but the loop stops one day early (0..len - 1), so selling on
// the last day is never considered.
impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        let mut min_price = prices[0];
        let mut profit = 0;
        for i in 0..prices.len() - 1 {
            min_price = min_price.min(prices[i]);
            profit = profit.max(prices[i] - min_price);
        }
        profit
    }
}
