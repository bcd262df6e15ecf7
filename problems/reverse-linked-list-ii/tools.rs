use crate::tools::prelude::*;

const MAX_N: usize = 500;
const MAX_V: i64 = 500;

/// A list of `n` nodes (clamped to 1..=500), values in [-500, 500], and
/// positions 1 <= left <= right <= n. Modes:
/// - "random": random values and a random range;
/// - "single": left == right (nothing changes);
/// - "head": left = 1, the head moves;
/// - "tail": right = n, the tail moves;
/// - "equal": every node holds the same value;
/// - "worst": distinct values and left = 1, right = n: every node is relinked.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let vals: Vec<i64> = match mode {
        "worst" => g.distinct(n, -MAX_V, MAX_V),
        "equal" => vec![g.int(-MAX_V, MAX_V); n],
        _ => (0..n).map(|_| g.int(-MAX_V, MAX_V)).collect(),
    };
    let (left, right) = match mode {
        "worst" => (1, n),
        "single" => {
            let p = g.usize(1, n);
            (p, p)
        }
        "head" => (1, g.usize(1, n)),
        "tail" => (g.usize(1, n), n),
        _ => {
            let a = g.usize(1, n);
            let b = g.usize(1, n);
            (a.min(b), a.max(b))
        }
    };
    vec![json!(vals), json!(left), json!(right)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 3 {
        return Err(format!("expected 3 arguments (head, left, right), got {}", input.len()));
    }
    let vals = int_array(&input[0], 1, MAX_N, -MAX_V, MAX_V, "head")?;
    let n = vals.len() as i64;
    let left = int_in(&input[1], 1, n, "left (1 <= left <= n)")?;
    int_in(&input[2], left, n, "right (left <= right <= n)")?;
    Ok(())
}
