use crate::tools::prelude::*;
use std::collections::HashMap;

const MAX_N: usize = 30_000;
const LIM: i64 = 30_000;

/// A list of odd length `n` (clamped into 1..=3 * 10^4, made odd by dropping one):
/// (n - 1) / 2 distinct values twice each plus one lonely value. Modes:
/// - "random": shuffled, values anywhere in [-3 * 10^4, 3 * 10^4];
/// - "negative": every value negative;
/// - "extremes": the lonely value is -3 * 10^4 or 3 * 10^4, the pairs are too;
/// - "sorted": ascending, so the pairs are adjacent;
/// - "lonely-max": the lonely value is larger than every pair;
/// - "worst": the lonely value comes last and every pair is split far apart
///   (first copies in order, then the second copies in reverse), so a scan
///   that looks for each value's twin walks the whole list every time.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let n = if n.is_multiple_of(2) { n - 1 } else { n };
    let pairs = (n - 1) / 2;
    let (lo, hi) = if mode == "negative" { (-LIM, -1) } else { (-LIM, LIM) };
    let mut vals = g.distinct(pairs + 1, lo, hi);
    if mode == "extremes" {
        // Put both extremes in: one lonely, the other in a pair (when there is one).
        let (a, b) = if g.chance(0.5) { (LIM, -LIM) } else { (-LIM, LIM) };
        vals.retain(|&v| v != a && v != b);
        vals.truncate(pairs.saturating_sub(1));
        if pairs > 0 {
            vals.push(b);
        }
        vals.push(a);
    }
    if mode == "lonely-max" {
        vals.sort_unstable();
    }
    let lonely = vals.pop().unwrap_or(0);
    let mut nums: Vec<i64> = match mode {
        "worst" => vals.iter().copied().chain(vals.iter().rev().copied()).collect(),
        _ => vals.iter().flat_map(|&v| [v, v]).collect(),
    };
    nums.push(lonely);
    match mode {
        "sorted" | "lonely-max" => nums.sort_unstable(),
        "worst" => {}
        _ => g.shuffle(&mut nums),
    }
    vec![json!(nums)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (nums), got {}", input.len()));
    }
    let nums = int_array(&input[0], 1, MAX_N, -LIM, LIM, "nums")?;
    let mut count: HashMap<i64, usize> = HashMap::new();
    for &x in &nums {
        *count.entry(x).or_default() += 1;
    }
    let once = count.values().filter(|&&c| c == 1).count();
    if let Some((v, c)) = count.iter().find(|&(_, &c)| c > 2) {
        return Err(format!("every element occurs twice except one: {v} occurs {c} times"));
    }
    if once != 1 {
        return Err(format!("exactly one element must occur once, found {once}"));
    }
    Ok(())
}
