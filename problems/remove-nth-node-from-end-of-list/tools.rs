use crate::tools::prelude::*;

const MAX_SZ: usize = 30;
const MAX_V: i64 = 100;

/// A list of `sz` nodes (the size clamped to 1..=30), values in [0, 100], and a
/// position `n` in 1..=sz. Modes:
/// - "random": random values, random `n`;
/// - "head": `n = sz`, the head is removed;
/// - "tail": `n = 1`, the last node is removed;
/// - "dups": values from {0, 1, 2}, so the removed value also sits elsewhere;
/// - "worst": distinct values and `n = sz`, so a one-pass lead pointer walks to
///   the end before the head can be unlinked.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let sz = n.clamp(1, MAX_SZ);
    let vals: Vec<i64> = match mode {
        "dups" => (0..sz).map(|_| g.int(0, 2)).collect(),
        "worst" => g.distinct(sz, 0, MAX_V),
        _ => (0..sz).map(|_| g.int(0, MAX_V)).collect(),
    };
    let k = match mode {
        "head" | "worst" => sz,
        "tail" => 1,
        _ => g.usize(1, sz),
    };
    vec![json!(vals), json!(k)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (head, n), got {}", input.len()));
    }
    let vals = int_array(&input[0], 1, MAX_SZ, 0, MAX_V, "head")?;
    int_in(&input[1], 1, vals.len() as i64, "n (at most the list's length)")?;
    Ok(())
}
