use crate::tools::prelude::*;

const MAX_N: usize = 10_000;
const LIM: i64 = 9_999; // -10^4 < nums[i], target < 10^4

/// `n` distinct sorted values in [-9999, 9999] (1 <= n <= 10^4) and a target.
/// Modes:
/// - "random": target present or absent with equal odds;
/// - "first" / "last": target is the first / last element;
/// - "below" / "above": target smaller / larger than every element;
/// - "absent": target falls in a gap between two elements;
/// - "dense": consecutive values, target present;
/// - "worst": target missing from the gap just before the last element, so the
///   search narrows all the way down (and a scan walks the whole list).
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    if mode == "dense" {
        let start = g.int(-LIM, LIM + 1 - n as i64);
        let nums: Vec<i64> = (start..start + n as i64).collect();
        let target = nums[g.usize(0, n - 1)];
        return vec![json!(nums), json!(target)];
    }
    // n + 1 distinct sorted values; one of them becomes the target.
    let mut vals = g.distinct(n + 1, -LIM, LIM);
    vals.sort_unstable();
    let pick = match mode {
        "first" => 0,
        "last" => n,
        "below" => 0,
        "above" => n,
        "absent" => g.usize(1, n.saturating_sub(1).max(1)),
        "worst" => n.saturating_sub(1),
        _ => g.usize(0, n),
    };
    let target = vals[pick];
    let nums: Vec<i64> = match mode {
        "first" | "last" => {
            // Keep the target in the list: drop a different value instead.
            let drop = if pick == 0 { n } else { 0 };
            vals.iter().enumerate().filter(|&(i, _)| i != drop).map(|(_, &v)| v).collect()
        }
        "below" | "above" | "absent" | "worst" => {
            vals.iter().enumerate().filter(|&(i, _)| i != pick).map(|(_, &v)| v).collect()
        }
        _ => {
            let drop = if g.chance(0.5) {
                pick
            } else if pick == 0 {
                n
            } else {
                0
            };
            vals.iter().enumerate().filter(|&(i, _)| i != drop).map(|(_, &v)| v).collect()
        }
    };
    vec![json!(nums), json!(target)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (nums, target), got {}", input.len()));
    }
    let nums = int_array(&input[0], 1, MAX_N, -LIM, LIM, "nums")?;
    int_in(&input[1], -LIM, LIM, "target")?;
    if let Some(i) = (1..nums.len()).find(|&i| nums[i - 1] >= nums[i]) {
        return Err(format!(
            "nums must be strictly increasing (sorted, distinct): nums[{}] = {} >= nums[{i}] = {}",
            i - 1,
            nums[i - 1],
            nums[i]
        ));
    }
    Ok(())
}
