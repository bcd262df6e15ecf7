use crate::tools::prelude::*;

/// `n` values in [-10, 10], repeats allowed (`n` clamped into 1..=10; benchmarks
/// use 10). Modes:
/// - "random": values drawn from the whole range (repeats are rare);
/// - "dense": values from a few (2..=4) distinct ones, shuffled, so equal values
///   are rarely adjacent before sorting;
/// - "all-equal": one value `n` times (only n + 1 subsets);
/// - "distinct": no repeats at all;
/// - "worst": 10 distinct values, the most subsets (1024).
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, 10);
    let nums: Vec<i64> = match mode {
        "dense" => {
            let k = g.usize(2, 4);
            let pool = g.distinct(k, -10, 10);
            (0..n).map(|_| *g.pick(&pool)).collect()
        }
        "all-equal" => vec![g.int(-10, 10); n],
        "distinct" => g.distinct(n, -10, 10),
        "worst" => g.distinct(10, -10, 10),
        _ => (0..n).map(|_| g.int(-10, 10)).collect(),
    };
    vec![json!(nums)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    len_in(input.len(), 1, 1, "input (nums)")?;
    int_array(&input[0], 1, 10, -10, 10, "nums")?;
    Ok(())
}
