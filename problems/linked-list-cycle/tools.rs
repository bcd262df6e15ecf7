use crate::tools::prelude::*;

const MAX_N: usize = 10_000;
const MAX_V: i64 = 100_000;

/// `[values, pos]` with `n` nodes (clamped to 0..=10^4); the harness links the
/// tail to node `pos` (-1: no cycle).
/// - "random": random values; no cycle half of the time, else a random `pos`;
/// - "worst": `pos` = 0, the whole list is one loop: a pointer chase or a set of
///   visited nodes goes all the way round before it can answer;
/// - "nocycle": `pos` = -1, the walk ends at the very last node;
/// - "tail": `pos` = n - 1, the last node points at itself;
/// - "equal": every value the same and no cycle (equal values are not equal nodes).
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.min(MAX_N);
    let vals: Vec<i64> = if mode == "equal" {
        vec![g.int(-MAX_V, MAX_V); n]
    } else {
        (0..n).map(|_| g.int(-MAX_V, MAX_V)).collect()
    };
    let pos: i64 = if n == 0 {
        -1
    } else {
        match mode {
            "worst" => 0,
            "nocycle" | "equal" => -1,
            "tail" => n as i64 - 1,
            _ => {
                if g.chance(0.5) {
                    -1
                } else {
                    g.int(0, n as i64 - 1)
                }
            }
        }
    };
    vec![json!(vals), json!(pos)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 entries ([values], pos), got {}", input.len()));
    }
    let vals = int_array(&input[0], 0, MAX_N, -MAX_V, MAX_V, "head")?;
    int_in(&input[1], -1, vals.len() as i64 - 1, "pos (-1 or an index into the list)")?;
    Ok(())
}
