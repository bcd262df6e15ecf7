use crate::tools::prelude::*;

const LIM: i64 = 10_000;

/// `n` values (1 <= n <= 2500) in [-10^4, 10^4]. Modes:
/// - "random": uniform over the whole range (answer about 2 sqrt(n));
/// - "dense": uniform in [-5, 5], full of equal values;
/// - "increasing" / "decreasing": strictly monotone, distinct values;
/// - "equal": one value repeated;
/// - "worst": a noisy upward trend: the answer is long (several hundred) and
///   almost every value replaces a tail somewhere in the middle, so binary
///   searches run over a long array and no append fast path helps.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, 2500);
    let nums: Vec<i64> = match mode {
        "dense" => (0..n).map(|_| g.int(-5, 5)).collect(),
        "increasing" | "decreasing" => {
            let mut v = g.distinct(n, -LIM, LIM);
            v.sort_unstable();
            if mode == "decreasing" {
                v.reverse();
            }
            v
        }
        "equal" => vec![g.int(-LIM, LIM); n],
        "worst" => (0..n)
            .map(|i| {
                let trend = -8_000 + (16_000 * i as i64) / n as i64;
                (trend + g.int(-1_500, 1_500)).clamp(-LIM, LIM)
            })
            .collect(),
        _ => (0..n).map(|_| g.int(-LIM, LIM)).collect(),
    };
    vec![json!(nums)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (nums), got {}", input.len()));
    }
    int_array(&input[0], 1, 2500, -LIM, LIM, "nums")?;
    Ok(())
}
