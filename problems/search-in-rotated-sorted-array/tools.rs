use crate::tools::prelude::*;

const MAX_N: usize = 5_000;
const LIM: i64 = 10_000;

/// `n` distinct values in [-10^4, 10^4] (1 <= n <= 5000), sorted then rotated,
/// and a target. Modes:
/// - "random": random rotation, target present or absent with equal odds;
/// - "unrotated": a plain sorted list, target present (often the last value);
/// - "rotated-one": rotated by one position either way (the break at an end);
/// - "pivot": target is the minimum (just after the break) or the maximum;
/// - "ends": target is nums[0] or nums[n - 1];
/// - "absent": target missing, lying in a gap or outside the value range;
/// - "worst": random rotation, target absent, so the search never stops early.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let mut vals = g.distinct(n + 1, -LIM, LIM);
    vals.sort_unstable();
    // vals[extra] is the one value left out of nums (a ready absent target).
    let extra = g.usize(0, n);
    let spare = vals.remove(extra);
    let k = match mode {
        "unrotated" => 0,
        "rotated-one" => {
            if g.chance(0.5) {
                1 % n
            } else {
                n - 1
            }
        }
        _ => g.usize(0, n - 1),
    };
    vals.rotate_left(k);
    let nums = vals;
    let present = |g: &mut Gen| nums[g.usize(0, n - 1)];
    let target = match mode {
        "unrotated" => {
            if g.chance(0.5) {
                nums[n - 1]
            } else {
                present(g)
            }
        }
        "pivot" => {
            let min_at = (n - k) % n;
            if g.chance(0.5) { nums[min_at] } else { nums[(min_at + n - 1) % n] }
        }
        "ends" => {
            if g.chance(0.5) {
                nums[0]
            } else {
                nums[n - 1]
            }
        }
        "absent" | "worst" => spare,
        _ => {
            if g.chance(0.5) {
                spare
            } else {
                present(g)
            }
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
    distinct(&nums, "nums")?;
    // A rotated ascending list has at most one descent, and none if it wraps
    // around an unrotated one: count descents including the wrap n-1 -> 0.
    let n = nums.len();
    let breaks = (0..n).filter(|&i| nums[i] > nums[(i + 1) % n]).count();
    if n > 1 && breaks != 1 {
        return Err(format!("nums must be an ascending list, possibly rotated: found {breaks} descents going around"));
    }
    Ok(())
}
