use crate::tools::prelude::*;

/// `n` distinct values in [-10, 10] (`n` clamped into 1..=6; benchmarks use 6, the
/// most: 720 permutations). Modes:
/// - "random": distinct values from the whole range;
/// - "negative": distinct negative values only (breaks value-indexed bookkeeping);
/// - "extremes": -10 and 10 always included;
/// - "worst": the full size 6 whatever `n` is, values from the whole range.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, 6);
    let nums: Vec<i64> = match mode {
        "negative" => g.distinct(n, -10, -1),
        "extremes" => {
            let mut v = vec![-10, 10];
            v.extend(g.distinct(9, -9, 9).into_iter().take(n.saturating_sub(2)));
            v.truncate(n);
            g.shuffle(&mut v);
            v
        }
        "worst" => g.distinct(6, -10, 10),
        _ => g.distinct(n, -10, 10),
    };
    vec![json!(nums)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    len_in(input.len(), 1, 1, "input (nums)")?;
    let nums = int_array(&input[0], 1, 6, -10, 10, "nums")?;
    distinct(&nums, "nums")?;
    Ok(())
}
