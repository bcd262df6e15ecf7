// Tries every coin at every step without remembering results: correct, but
// exponential in the amount.
impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        fn fewest(rest: i32, coins: &[i32]) -> i32 {
            if rest == 0 {
                return 0;
            }
            let mut best = -1;
            for &c in coins {
                if c <= rest {
                    let sub = fewest(rest - c, coins);
                    if sub >= 0 && (best < 0 || sub + 1 < best) {
                        best = sub + 1;
                    }
                }
            }
            best
        }
        fewest(amount, &coins)
    }
}
