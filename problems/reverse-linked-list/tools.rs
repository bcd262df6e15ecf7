use crate::tools::prelude::*;

const MAX_N: usize = 5000;
const MAX_V: i64 = 5000;

/// A list of `n` values (clamped to 0..=5000).
/// - "random": values uniform in [-5000, 5000];
/// - "worst": strictly increasing distinct values, so that any node left in
///   place or dropped shows up in the output;
/// - "equal": every node holds the same value.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.min(MAX_N);
    let vals: Vec<i64> = match mode {
        "worst" => {
            let mut v = g.distinct(n, -MAX_V, MAX_V);
            v.sort_unstable();
            v
        }
        "equal" => {
            let x = g.int(-MAX_V, MAX_V);
            vec![x; n]
        }
        _ => (0..n).map(|_| g.int(-MAX_V, MAX_V)).collect(),
    };
    vec![json!(vals)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (head), got {}", input.len()));
    }
    int_array(&input[0], 0, MAX_N, -MAX_V, MAX_V, "head")?;
    Ok(())
}
