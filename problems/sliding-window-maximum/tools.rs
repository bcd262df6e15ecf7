use crate::tools::prelude::*;

const MAX_N: usize = 100_000;
const LIM: i64 = 10_000;

/// `n` values in [-10^4, 10^4] (1 <= n <= 10^5) and a width k in 1..=n. Modes:
/// - "random": uniform values, k uniform in 1..=n;
/// - "small-k": uniform values, k in 1..=5;
/// - "increasing": non-decreasing values (the newest element is the maximum);
/// - "decreasing": non-increasing values (every element stays a candidate);
/// - "equal": all values equal (duplicates everywhere);
/// - "few": values from {-1, 0, 1} (many ties), random k;
/// - "negative": all values negative;
/// - "whole": k = n (one window);
/// - "worst": k = n / 2 over a slowly decreasing sequence: long windows and a
///   deque of up to k candidates.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let mut nums: Vec<i64> = match mode {
        "few" => (0..n).map(|_| g.int(-1, 1)).collect(),
        "equal" => vec![g.int(-LIM, LIM); n],
        "negative" => (0..n).map(|_| g.int(-LIM, -1)).collect(),
        _ => (0..n).map(|_| g.int(-LIM, LIM)).collect(),
    };
    match mode {
        "increasing" => nums.sort_unstable(),
        "decreasing" | "worst" => nums.sort_unstable_by(|a, b| b.cmp(a)),
        _ => {}
    }
    let k = match mode {
        "small-k" => g.usize(1, 5.min(n)),
        "whole" => n,
        "worst" => (n / 2).max(1),
        _ => g.usize(1, n),
    };
    vec![json!(nums), json!(k)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (nums, k), got {}", input.len()));
    }
    let nums = int_array(&input[0], 1, MAX_N, -LIM, LIM, "nums")?;
    int_in(&input[1], 1, nums.len() as i64, "k (at most nums.length)")?;
    Ok(())
}
