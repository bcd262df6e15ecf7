use crate::tools::prelude::*;
use std::collections::HashMap;

const MAX_N: usize = 100_000;
const LIM: i64 = 10_000;
const RANGE: usize = 20_001;

/// The frequencies of `nums`, most frequent first.
fn frequencies(nums: &[i64]) -> Vec<usize> {
    let mut count: HashMap<i64, usize> = HashMap::new();
    for &x in nums {
        *count.entry(x).or_insert(0) += 1;
    }
    let mut f: Vec<usize> = count.into_values().collect();
    f.sort_unstable_by(|a, b| b.cmp(a));
    f
}

/// `n` values (clamped into 1..=10^5) in [-10^4, 10^4] over `d` distinct values, and
/// a k for which the answer is unique (the k-th and (k+1)-th frequencies differ).
/// Frequencies: every value once, then each remaining element goes to a value picked
/// uniformly ("random", "many") or biased towards the first values ("skewed"). Modes:
/// - "random": d uniform in 1..=min(n, 20001), k uniform among the valid ones;
/// - "few": d in 1..=10 (huge frequencies);
/// - "skewed": d uniform, frequencies very uneven;
/// - "all-equal": a single value, k = 1;
/// - "split": d = 2, the two values alternate (runs of length 1);
/// - "worst": every value of the range once at least (d = 20001 when n allows), k the
///   largest valid k: the most distinct values and the longest answer.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let top = n.min(RANGE);
    let d = match mode {
        "few" => g.usize(1, top.min(10)),
        "all-equal" => 1,
        "split" => top.min(2),
        "worst" => top,
        _ => g.usize(1, top),
    };
    let values = g.distinct(d, -LIM, LIM);
    let mut counts = vec![1usize; d];
    for _ in d..n {
        let i = if mode == "skewed" { g.usize(0, d - 1).min(g.usize(0, d - 1)) } else { g.usize(0, d - 1) };
        counts[i] += 1;
    }
    let mut nums: Vec<i64> = Vec::with_capacity(n);
    for (&v, &c) in values.iter().zip(&counts) {
        nums.extend(std::iter::repeat_n(v, c));
    }
    if mode == "split" && d == 2 {
        // Alternate the two values as long as both remain, so no run is longer than 1.
        let (a, b) = (values[0], values[1]);
        let (ca, cb) = (counts[0], counts[1]);
        nums = (0..ca.min(cb)).flat_map(|_| [a, b]).collect();
        let rest = if ca > cb { a } else { b };
        nums.extend(std::iter::repeat_n(rest, ca.abs_diff(cb)));
    } else {
        g.shuffle(&mut nums);
    }
    let f = frequencies(&nums);
    let valid: Vec<usize> = (1..=f.len()).filter(|&k| k == f.len() || f[k - 1] > f[k]).collect();
    let k =
        if mode == "worst" { *valid.iter().rev().find(|&&k| k < f.len()).unwrap_or(&f.len()) } else { *g.pick(&valid) };
    vec![json!(nums), json!(k)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    len_in(input.len(), 2, 2, "input (nums, k)")?;
    let nums = int_array(&input[0], 1, MAX_N, -LIM, LIM, "nums")?;
    let f = frequencies(&nums);
    let d = i64::try_from(f.len()).unwrap_or(i64::MAX);
    let k = int_in(&input[1], 1, d, "k (1 <= k <= the number of distinct values)")?;
    let k = usize::try_from(k).unwrap_or(0);
    if k < f.len() && f[k - 1] == f[k] {
        return Err(format!(
            "the answer is not unique: the {k}-th and {}-th most frequent values both occur {} times",
            k + 1,
            f[k]
        ));
    }
    Ok(())
}
