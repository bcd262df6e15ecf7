use crate::tools::prelude::*;

const MAX_N: usize = 100_000;
const LIM: i64 = 10_000;

/// `n` values (clamped into 1..=10^5) in [-10^4, 10^4] and a k in 1..=n. Modes:
/// - "random": uniform values, k uniform;
/// - "dense": values in [-5, 5] (every value repeated thousands of times), k uniform;
/// - "all-equal": one value everywhere, k = n / 2 + 1;
/// - "sorted": ascending values, k = n / 2 + 1;
/// - "reversed": descending values, k = n / 2 + 1;
/// - "extremes": only -10^4 and 10^4, k uniform;
/// - "worst": uniform values with k = n / 2 + 1, the median: selection that extracts
///   one maximum at a time does n / 2 passes.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let mid = (n / 2 + 1).min(n);
    let (nums, k): (Vec<i64>, usize) = match mode {
        "dense" => ((0..n).map(|_| g.int(-5, 5)).collect(), g.usize(1, n)),
        "all-equal" => (vec![g.int(-LIM, LIM); n], mid),
        "sorted" | "reversed" => {
            let mut v: Vec<i64> = (0..n).map(|_| g.int(-LIM, LIM)).collect();
            v.sort_unstable();
            if mode == "reversed" {
                v.reverse();
            }
            (v, mid)
        }
        "extremes" => ((0..n).map(|_| if g.chance(0.5) { LIM } else { -LIM }).collect(), g.usize(1, n)),
        "worst" => ((0..n).map(|_| g.int(-LIM, LIM)).collect(), mid),
        _ => ((0..n).map(|_| g.int(-LIM, LIM)).collect(), g.usize(1, n)),
    };
    vec![json!(nums), json!(k)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    len_in(input.len(), 2, 2, "input (nums, k)")?;
    let nums = int_array(&input[0], 1, MAX_N, -LIM, LIM, "nums")?;
    let n = i64::try_from(nums.len()).unwrap_or(i64::MAX);
    int_in(&input[1], 1, n, "k (1 <= k <= nums.length)")?;
    Ok(())
}
