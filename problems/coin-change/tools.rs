use crate::tools::prelude::*;

const COIN_MAX: i64 = 2_147_483_647;
const AMOUNT_MAX: usize = 10_000;

/// Amount `n` (clamped to 0..=10^4) and 1..=12 coins. Modes:
/// - "random": mostly coins up to n / 5, some up to 10^4, rarely a huge one;
/// - "huge": about half the coins lie within 10^4 of 2^31 - 1, so `sum + coin`
///   overflows i32 for almost every reachable sum;
/// - "impossible": 12 distinct multiples of some d in 2..=9 that does not divide
///   the amount, so the answer is -1 after every sum has been explored;
/// - "worst": 12 distinct coins in [97, 613], all below the amount: no coin can be
///   skipped, the answer needs about 17 coins and every table cell is updated.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let amount = n.min(AMOUNT_MAX) as i64;
    let coins: Vec<i64> = match mode {
        "huge" => {
            let k = g.usize(6, 12);
            (0..k)
                .map(|i| if i % 2 == 0 { g.int(COIN_MAX - 10_000, COIN_MAX) } else { g.int(1, 300) })
                .collect()
        }
        "impossible" if amount >= 2 => {
            let divisors: Vec<i64> = (2..=9).filter(|d| amount % d != 0).collect();
            let d = *g.pick(&divisors);
            let top = (amount / d).clamp(1, 200);
            let k = (top as usize).min(12);
            g.distinct(k, 1, top).into_iter().map(|m| m * d).collect()
        }
        "worst" => {
            let hi = amount.clamp(1, 613);
            let lo = if hi >= 97 + 11 { 97 } else { 1 };
            let k = ((hi - lo + 1) as usize).min(12);
            g.distinct(k, lo, hi)
        }
        _ => {
            let k = g.usize(1, 12);
            let small = (amount / 5).max(1);
            (0..k)
                .map(|_| {
                    let r = g.usize(0, 19);
                    if r == 0 {
                        g.int(1, COIN_MAX)
                    } else if r <= 4 {
                        g.int(1, AMOUNT_MAX as i64)
                    } else {
                        g.int(1, small)
                    }
                })
                .collect()
        }
    };
    vec![json!(coins), json!(amount)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (coins, amount), got {}", input.len()));
    }
    int_array(&input[0], 1, 12, 1, COIN_MAX, "coins")?;
    int_in(&input[1], 0, AMOUNT_MAX as i64, "amount")?;
    Ok(())
}
