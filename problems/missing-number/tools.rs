use crate::tools::prelude::*;

const MAX_N: usize = 10_000;

/// `n` distinct values of 0..=n (1 <= n <= 10^4), one value missing. Modes:
/// - "random": random missing value, shuffled;
/// - "missing-zero" / "missing-n": the missing value is 0 / n, shuffled;
/// - "sorted" / "reversed": random missing value, ascending / descending order;
/// - "worst": n is missing and the list is descending, so a sort-and-scan finds
///   nothing until the end and a cyclic sort moves every value.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let missing = match mode {
        "missing-zero" => 0,
        "missing-n" | "worst" => n,
        _ => g.usize(0, n),
    };
    let mut nums: Vec<i64> = (0..=n as i64).filter(|&v| v != missing as i64).collect();
    match mode {
        "sorted" => {}
        "reversed" | "worst" => nums.reverse(),
        _ => g.shuffle(&mut nums),
    }
    vec![json!(nums)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (nums), got {}", input.len()));
    }
    let len = array(&input[0], "nums")?.len();
    let nums = int_array(&input[0], 1, MAX_N, 0, len as i64, "nums (0 <= nums[i] <= n)")?;
    distinct(&nums, "nums")?;
    Ok(())
}
