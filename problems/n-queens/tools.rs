use crate::tools::prelude::*;

/// The single input is the board size, so `n` is clamped into 1..=9 and benchmarks
/// use 9 (352 boards). Mode "random" picks a size in 1..=n; "worst" is exactly `n`.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, 9) as i64;
    let size = if mode == "worst" { n } else { g.int(1, n) };
    vec![json!(size)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    len_in(input.len(), 1, 1, "input (n)")?;
    int_in(&input[0], 1, 9, "n")?;
    Ok(())
}
