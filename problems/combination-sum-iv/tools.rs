use crate::tools::prelude::*;

const CAP: u64 = i32::MAX as u64;

/// The exact number of ordered sequences, or `None` if it exceeds i32::MAX.
/// Counts are capped at 2^31 - 1 + 1: every count is a sum of non-negative
/// counts, so a capped cell stays capped upwards and the others stay exact.
fn answer(nums: &[i64], target: usize) -> Option<u64> {
    let mut ways = vec![0u64; target + 1];
    ways[0] = 1;
    for t in 1..=target {
        let mut sum = 0u64;
        for &x in nums {
            let x = x as usize;
            if x <= t {
                sum = (sum + ways[t - x]).min(CAP + 1);
            }
        }
        ways[t] = sum;
    }
    (ways[target] <= CAP).then_some(ways[target])
}

/// `count` distinct values from `lo..=hi` (clamped to 1..=1000).
fn pick(count: usize, lo: i64, hi: i64, g: &mut Gen) -> Vec<i64> {
    let (lo, hi) = (lo.clamp(1, 1000), hi.clamp(1, 1000));
    let count = count.min((hi - lo + 1) as usize);
    g.distinct(count, lo, hi)
}

/// Target `n` (clamped to 1..=1000) and up to 200 distinct values in [1, 1000].
/// Every input's answer fits in an i32. Modes:
/// - "random": 1..=200 values drawn from [lo, 1.25 target] (widened if too
///   narrow for their number), with lo raised step by step from 1 until the
///   answer fits;
/// - "overflow": a step d that does not divide the target, every multiple of d
///   up to 199 of them, plus the target itself: the answer is exactly 1 while
///   the counts for multiples of d grow far beyond i32 (they wrap);
/// - "worst": 200 values, all below the target (nothing skipped), from the
///   lowest window [lo, lo + 399] whose answer still fits: the answer is large
///   (about 10^9), so naive enumeration is hopeless.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let target = n.clamp(1, 1000);
    let t = target as i64;
    let nums: Vec<i64> = match mode {
        "overflow" if target >= 3 => {
            let steps: Vec<i64> = (2..=9).filter(|d| t % d != 0).collect();
            let d = *g.pick(&steps);
            let mut v: Vec<i64> = (1..=199).map(|k| k * d).take_while(|&x| x < t).collect();
            v.push(t);
            g.shuffle(&mut v);
            v
        }
        "worst" => {
            let mut lo = 1;
            loop {
                let v = pick(200, lo, (lo + 399).min(t), g);
                if answer(&v, target).is_some() {
                    break v;
                }
                lo += 3;
            }
        }
        _ => {
            let k = g.usize(1, 200);
            let mut lo = 1;
            loop {
                let hi = (t + t / 4).max(lo + k as i64 - 1);
                let v = pick(k, lo, hi, g);
                if answer(&v, target).is_some() {
                    break v;
                }
                lo += 10;
            }
        }
    };
    vec![json!(nums), json!(target)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (nums, target), got {}", input.len()));
    }
    let nums = int_array(&input[0], 1, 200, 1, 1000, "nums")?;
    distinct(&nums, "nums")?;
    let target = int_in(&input[1], 1, 1000, "target")?;
    if answer(&nums, target as usize).is_none() {
        return Err("the answer does not fit in a 32-bit integer".to_string());
    }
    Ok(())
}
