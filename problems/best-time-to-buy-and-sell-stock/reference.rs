impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        let mut lowest = i32::MAX;
        let mut best = 0;
        for &p in &prices {
            if p < lowest {
                lowest = p;
            } else if p - lowest > best {
                best = p - lowest;
            }
        }
        best
    }
}
