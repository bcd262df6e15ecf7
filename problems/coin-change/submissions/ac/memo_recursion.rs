// Top-down: fewest(rest) = 1 + min over coins of fewest(rest - coin), with a
// memo (-2 = not computed yet, -1 = impossible). Up to 10^4 frames deep.
impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        fn fewest(rest: i32, coins: &[i32], memo: &mut Vec<i32>) -> i32 {
            if rest == 0 {
                return 0;
            }
            if memo[rest as usize] != -2 {
                return memo[rest as usize];
            }
            let mut best = i32::MAX;
            for &c in coins {
                if c <= rest {
                    let sub = fewest(rest - c, coins, memo);
                    if sub >= 0 && sub + 1 < best {
                        best = sub + 1;
                    }
                }
            }
            let r = if best == i32::MAX { -1 } else { best };
            memo[rest as usize] = r;
            r
        }
        let mut memo = vec![-2; amount as usize + 1];
        fewest(amount, &coins, &mut memo)
    }
}
