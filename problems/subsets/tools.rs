use crate::tools::prelude::*;

/// `n` distinct values in [-10, 10] (`n` clamped into 1..=10; benchmarks use 10,
/// the most: 1024 subsets). Modes:
/// - "random": distinct values from the whole range;
/// - "negative": distinct negative values only;
/// - "sorted": distinct values in ascending order;
/// - "worst": the full size 10 whatever `n` is, values from the whole range.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, 10);
    let nums: Vec<i64> = match mode {
        "negative" => g.distinct(n, -10, -1),
        "sorted" => {
            let mut v = g.distinct(n, -10, 10);
            v.sort_unstable();
            v
        }
        "worst" => g.distinct(10, -10, 10),
        _ => g.distinct(n, -10, 10),
    };
    vec![json!(nums)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    len_in(input.len(), 1, 1, "input (nums)")?;
    let nums = int_array(&input[0], 1, 10, -10, 10, "nums")?;
    distinct(&nums, "nums")?;
    Ok(())
}
