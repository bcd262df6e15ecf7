use crate::tools::prelude::*;
use std::collections::HashMap;

const MAX_N: usize = 30_000;
const LIM: i64 = 1000;

/// A uniform multiple of 4 in `lo..=hi` (the range must hold one).
fn mult4(g: &mut Gen, lo: i64, hi: i64) -> i64 {
    4 * g.int(lo.div_euclid(4) + i64::from(lo.rem_euclid(4) != 0), hi.div_euclid(4))
}

/// A uniform value that is 1 mod 4 in `lo..=hi` (the range must hold one).
fn one_mod4(g: &mut Gen, lo: i64, hi: i64) -> i64 {
    mult4(g, lo - 1, hi - 1) + 1
}

/// `n` sorted values (2 <= n <= 3 * 10^4) with exactly one pair summing to the
/// target: the pair is 1 mod 4 (so the target is 2 mod 4) and every other value
/// is a multiple of 4, so no other pair reaches the target. Modes:
/// - "random": the pair and the other values anywhere in [-1000, 1000];
/// - "ends": the pair is the smallest and the largest value (positions 1 and n);
/// - "middle": the pair sits next to each other in the middle;
/// - "dense": the other values take only three distinct values (long runs of
///   duplicates);
/// - "negative": every value and the target are negative;
/// - "worst": the pair is the two largest values (positions n - 1 and n), so a
///   pair-by-pair scan finds it last.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(2, MAX_N);
    let others = n - 2;
    let (a, b, mut nums): (i64, i64, Vec<i64>) = match mode {
        "ends" => {
            let a = one_mod4(g, -LIM, -500);
            let b = one_mod4(g, 500, LIM);
            (a, b, (0..others).map(|_| mult4(g, a + 1, b - 1)).collect())
        }
        "middle" => {
            let a = one_mod4(g, -100, 100);
            let b = a + 4 * g.int(0, 2);
            let nums = (0..others)
                .map(|i| if i % 2 == 0 { mult4(g, -LIM, a - 1) } else { mult4(g, b + 1, LIM) })
                .collect();
            (a, b, nums)
        }
        "dense" => {
            let vals = [mult4(g, -LIM, -4), 0, mult4(g, 4, LIM)];
            let a = one_mod4(g, -LIM, 0);
            let b = one_mod4(g, 0, LIM + a);
            (a, b, (0..others).map(|_| *g.pick(&vals)).collect())
        }
        "negative" => {
            let a = one_mod4(g, -LIM + 3, -3);
            let b = one_mod4(g, -LIM - a, -3);
            (a, b, (0..others).map(|_| mult4(g, -LIM, -4)).collect())
        }
        "worst" => {
            let a = one_mod4(g, 0, 499);
            let b = one_mod4(g, a, LIM - a);
            (a, b, (0..others).map(|_| mult4(g, -LIM, a - 1)).collect())
        }
        _ => {
            let a = one_mod4(g, -LIM + 1, LIM - 1);
            let b = one_mod4(g, (-LIM - a).max(-LIM + 1), (LIM - a).min(LIM - 1));
            (a, b, (0..others).map(|_| mult4(g, -LIM, LIM)).collect())
        }
    };
    nums.push(a);
    nums.push(b);
    nums.sort_unstable();
    vec![json!(nums), json!(a + b)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (numbers, target), got {}", input.len()));
    }
    let nums = int_array(&input[0], 2, MAX_N, -LIM, LIM, "numbers")?;
    let target = int_in(&input[1], -LIM, LIM, "target")?;
    if let Some(i) = (1..nums.len()).find(|&i| nums[i - 1] > nums[i]) {
        return Err(format!("numbers is not sorted in non-decreasing order: numbers[{}] = {} > numbers[{i}] = {}", i - 1, nums[i - 1], nums[i]));
    }
    let mut count: HashMap<i64, u64> = HashMap::new();
    let mut pairs = 0u64;
    for &x in &nums {
        pairs += count.get(&(target - x)).copied().unwrap_or(0);
        *count.entry(x).or_default() += 1;
    }
    if pairs != 1 {
        return Err(format!("exactly one pair of positions must sum to target {target}, found {pairs}"));
    }
    Ok(())
}
