// Adds up every day-to-day rise, as if any number of trades were allowed
// ([1, 5, 3, 8] gives 4 + 5 = 9 instead of 7).
impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        let mut total = 0;
        for i in 1..prices.len() {
            if prices[i] > prices[i - 1] {
                total += prices[i] - prices[i - 1];
            }
        }
        total
    }
}
