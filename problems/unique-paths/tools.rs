use crate::tools::prelude::*;

const MAX_ANSWER: u64 = 2_000_000_000;

/// C(rows + cols - 2, rows - 1), the number of paths, or `None` once it
/// exceeds the 2 * 10^9 the statement guarantees.
fn paths(rows: u64, cols: u64) -> Option<u64> {
    let total = rows + cols - 2;
    let k = rows.min(cols) - 1;
    let mut c: u64 = 1;
    for i in 0..k {
        c = c * (total - i) / (i + 1);
        if c > MAX_ANSWER {
            return None;
        }
    }
    Some(c)
}

/// The widest grid with `rows` rows whose answer stays within 2 * 10^9.
fn max_cols(rows: u64) -> u64 {
    (1..=100).rev().find(|&c| paths(rows, c).is_some()).unwrap_or(1)
}

/// `n` is the number of rows m (clamped into 1..=100); the column count is
/// chosen so the answer stays <= 2 * 10^9. For benchmarks `n` is m itself.
/// Modes:
/// - "random": a random column count that keeps the answer in range;
/// - "transposed": the same, with rows and columns swapped;
/// - "worst": the widest grid for these rows (the largest answer for m, e.g.
///   8 x 69 -> 1984829850): most DP cells and the most paths.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let rows = n.clamp(1, 100) as u64;
    let widest = max_cols(rows);
    let cols = if mode == "worst" { widest } else { g.int(1, widest as i64) as u64 };
    if mode == "transposed" { vec![json!(cols), json!(rows)] } else { vec![json!(rows), json!(cols)] }
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (m, n), got {}", input.len()));
    }
    let m = int_in(&input[0], 1, 100, "m")?;
    let n = int_in(&input[1], 1, 100, "n")?;
    if paths(m as u64, n as u64).is_none() {
        return Err(format!("the answer for m = {m}, n = {n} exceeds 2 * 10^9"));
    }
    Ok(())
}
