use crate::tools::prelude::*;

const MAX_N: usize = 100_000;

/// The single input is `n` itself, the last number counted (so for benchmarks
/// `n` is the input value, clamped into 0..=10^5; the output has n + 1 entries).
/// Modes:
/// - "random": a value in 0..=n;
/// - "power": the largest power of two <= n (0 when n is 0);
/// - "all-ones": the largest 2^k - 1 <= n;
/// - "worst": exactly `n` (10^5: the longest output).
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.min(MAX_N);
    let value = match mode {
        "power" => {
            if n == 0 {
                0
            } else {
                1usize << n.ilog2()
            }
        }
        "all-ones" => (1usize << (n + 1).ilog2()) - 1,
        "worst" => n,
        _ => g.usize(0, n),
    };
    vec![json!(value)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (n), got {}", input.len()));
    }
    int_in(&input[0], 0, MAX_N as i64, "n")?;
    Ok(())
}
