use crate::tools::prelude::*;

const MAX_N: usize = 100_000;
const MAX_V: i64 = 10_000;
const MAX_TARGET: i64 = 1_000_000_000;

/// `n` positive values (1 <= n <= 10^5, each in 1..=10^4) and a target.
/// Modes:
/// - "random": uniform values, target uniform up to the total;
/// - "short": uniform values, target at most 3 * 10^4 (short windows);
/// - "ones": every value 1, so the answer is the target itself (or 0);
/// - "spike": values 1..=10 with one 10^4 somewhere and a target near 10^4:
///   the spike alone, or a short window around it;
/// - "max": every value 10^4 and target 10^9 = the total (the largest sums);
/// - "none": the target exceeds the total (answer 0);
/// - "worst": the target is exactly the total, so the only window is the
///   whole list and a scan from every start runs to the end.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let nums: Vec<i64> = match mode {
        "ones" => vec![1; n],
        "max" => vec![MAX_V; n],
        "spike" => {
            let mut v: Vec<i64> = (0..n).map(|_| g.int(1, 10)).collect();
            let at = g.usize(0, n - 1);
            v[at] = MAX_V;
            v
        }
        _ => (0..n).map(|_| g.int(1, MAX_V)).collect(),
    };
    let total: i64 = nums.iter().sum();
    let target = match mode {
        "ones" => g.int(1, (n as i64 + 2).min(MAX_TARGET)),
        "short" => g.int(1, 30_000),
        "spike" => g.int(MAX_V - 40, MAX_V + 40),
        "max" | "worst" => total.min(MAX_TARGET),
        "none" => {
            if total >= MAX_TARGET {
                MAX_TARGET
            } else {
                g.int(total + 1, (total + 1000).min(MAX_TARGET))
            }
        }
        _ => g.int(1, total.min(MAX_TARGET)),
    };
    vec![json!(target), json!(nums)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (target, nums), got {}", input.len()));
    }
    int_in(&input[0], 1, MAX_TARGET, "target")?;
    int_array(&input[1], 1, MAX_N, 1, MAX_V, "nums")?;
    Ok(())
}
