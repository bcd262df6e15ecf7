use crate::tools::prelude::*;

const MAX_N: usize = 50_000;
const MAX_V: i64 = 1000;

/// A list of `n` values (clamped to 1..=5*10^4).
/// - "random": values uniform in [1, 1000];
/// - "worst": values 1, 2, ..., 1000, 1, 2, ... so that every misplaced,
///   dropped or repeated node changes the output (the work is the same for any
///   values: a correct solution always touches every node);
/// - "equal": every node holds the same value.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let vals: Vec<i64> = match mode {
        "worst" => {
            let start = g.int(0, MAX_V - 1);
            (0..n as i64).map(|i| (start + i) % MAX_V + 1).collect()
        }
        "equal" => vec![g.int(1, MAX_V); n],
        _ => (0..n).map(|_| g.int(1, MAX_V)).collect(),
    };
    vec![json!(vals)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (head), got {}", input.len()));
    }
    int_array(&input[0], 1, MAX_N, 1, MAX_V, "head")?;
    Ok(())
}
