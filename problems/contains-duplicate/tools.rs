use crate::tools::prelude::*;

const MAX_N: usize = 100_000;
const LIM: i64 = 1_000_000_000;

/// `n` integers (1 <= n <= 10^5) in [-10^9, 10^9]. Modes:
/// - "random": values drawn from a range about as wide as `n`, so repeats are
///   likely but their positions are random;
/// - "far": distinct values except that the last one repeats the first;
/// - "sorted": distinct values in ascending order, except that the largest
///   value appears twice, at the very end;
/// - "extremes": only -10^9 and 10^9 (a repeat unless n <= 2 picks both);
/// - "worst": all distinct over the whole range (answer false: every value must
///   be looked at, nothing stops early).
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let nums: Vec<i64> = match mode {
        "far" => {
            let mut v = g.distinct(n, -LIM, LIM);
            if n >= 2 {
                v[n - 1] = v[0];
            }
            v
        }
        "sorted" => {
            let mut v = g.distinct(n, -LIM, LIM);
            v.sort_unstable();
            if n >= 2 {
                v[n - 2] = v[n - 1];
            }
            v
        }
        "extremes" => (0..n).map(|_| if g.chance(0.5) { LIM } else { -LIM }).collect(),
        "worst" => g.distinct(n, -LIM, LIM),
        _ => {
            let span = (2 * n) as i64;
            let base = g.int(-LIM, LIM - span);
            (0..n).map(|_| base + g.int(0, span)).collect()
        }
    };
    vec![json!(nums)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (nums), got {}", input.len()));
    }
    int_array(&input[0], 1, MAX_N, -LIM, LIM, "nums")?;
    Ok(())
}
