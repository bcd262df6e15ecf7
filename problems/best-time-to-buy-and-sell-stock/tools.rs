use crate::tools::prelude::*;

const MAX_N: usize = 100_000;
const MAX_P: i64 = 10_000;

/// `n` daily prices (1 <= n <= 10^5) in [0, 10^4]. Modes:
/// - "random": uniform prices;
/// - "decreasing": a non-increasing sequence, so no trade makes money (answer 0);
/// - "zigzag": prices alternate between a low and a high band, so every other
///   day is a new candidate and the sum of all rises is far above the answer;
/// - "worst": a slowly falling trend with noise (the running minimum keeps
///   moving, and a buy day that is not a new low is never worth trying), then
///   the best sell day, 10^4, on the very last day.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let prices: Vec<i64> = match mode {
        "decreasing" => {
            let mut v: Vec<i64> = (0..n).map(|_| g.int(0, MAX_P)).collect();
            v.sort_unstable_by(|a, b| b.cmp(a));
            v
        }
        "zigzag" => (0..n)
            .map(|i| if i % 2 == 0 { g.int(0, 2_000) } else { g.int(8_000, MAX_P) })
            .collect(),
        "worst" => {
            let mut v: Vec<i64> = (0..n)
                .map(|i| {
                    // Trend from 9000 down to 1000, noise of +-1000 around it.
                    let trend = 9_000 - (8_000 * i as i64) / n.max(2) as i64;
                    (trend + g.int(-1_000, 1_000)).clamp(0, MAX_P - 1)
                })
                .collect();
            if let Some(last) = v.last_mut() {
                *last = MAX_P;
            }
            v
        }
        _ => (0..n).map(|_| g.int(0, MAX_P)).collect(),
    };
    vec![json!(prices)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (prices), got {}", input.len()));
    }
    int_array(&input[0], 1, MAX_N, 0, MAX_P, "prices")?;
    Ok(())
}
