// Greedy: always pays with the largest coin that still fits. Too many coins
// for [1, 3, 4] and 6, and stuck (-1) for [5, 3] and 9.
impl Solution {
    pub fn coin_change(mut coins: Vec<i32>, amount: i32) -> i32 {
        coins.sort_unstable_by(|a, b| b.cmp(a));
        let mut rest = amount;
        let mut count = 0;
        for c in coins {
            if c <= rest {
                count += rest / c;
                rest %= c;
            }
        }
        if rest == 0 { count } else { -1 }
    }
}
