use crate::tools::prelude::*;

const MAX_N: usize = 5_000;
const LIM: i64 = 5_000;

/// `n` distinct values in [-5000, 5000] (1 <= n <= 5000), sorted and rotated
/// right by k in 1..=n (k = n leaves the list sorted). Modes:
/// - "random": random k;
/// - "sorted": k = n, the list is sorted (the minimum is nums[0]);
/// - "rotated-one": k = 1, the minimum is nums[1] (the maximum moved first);
/// - "minimum-last": k = n - 1, the minimum is the last element;
/// - "dense": consecutive values, random k;
/// - "worst": the minimum near the middle, found after the full halving.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let mut vals = if mode == "dense" {
        let start = g.int(-LIM, LIM + 1 - n as i64);
        (start..start + n as i64).collect()
    } else {
        let mut v = g.distinct(n, -LIM, LIM);
        v.sort_unstable();
        v
    };
    let k = match mode {
        "sorted" => n,
        "rotated-one" => 1,
        "minimum-last" => (n - 1).max(1),
        "worst" => (n / 2 + 1).min(n),
        _ => g.usize(1, n),
    };
    vals.rotate_right(k % n);
    vec![json!(vals)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (nums), got {}", input.len()));
    }
    let nums = int_array(&input[0], 1, MAX_N, -LIM, LIM, "nums")?;
    distinct(&nums, "nums")?;
    // A rotated ascending list has exactly one descent going around (n > 1).
    let n = nums.len();
    let breaks = (0..n).filter(|&i| nums[i] > nums[(i + 1) % n]).count();
    if n > 1 && breaks != 1 {
        return Err(format!("nums must be a sorted list rotated 1..n times: found {breaks} descents going around"));
    }
    Ok(())
}
