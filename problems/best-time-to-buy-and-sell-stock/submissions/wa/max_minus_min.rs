// Returns the overall maximum minus the overall minimum, ignoring that the sale
// must come after the purchase ([3, 10, 1, 2] gives 9 instead of 7, and a
// falling market gives a positive profit).
impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        let hi = *prices.iter().max().unwrap();
        let lo = *prices.iter().min().unwrap();
        hi - lo
    }
}
