use crate::tools::prelude::*;

/// The single input is the number of pairs, so `n` is clamped into 1..=8 and
/// benchmarks use 8 (1430 strings). Mode "random" picks a count in 1..=n; "worst"
/// is exactly `n`.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, 8) as i64;
    let pairs = if mode == "worst" { n } else { g.int(1, n) };
    vec![json!(pairs)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    len_in(input.len(), 1, 1, "input (n)")?;
    int_in(&input[0], 1, 8, "n")?;
    Ok(())
}
