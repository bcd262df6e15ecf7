use crate::tools::prelude::*;

const MAX_N: usize = 5000;
const MAX_V: i64 = 1000;

/// A `k` in `2..=n` with `n % k == k - 1` (the trailing group one node short),
/// if one exists.
fn short_by_one(n: usize, g: &mut Gen) -> Option<usize> {
    let ks: Vec<usize> = (2..=n).filter(|&k| (n + 1).is_multiple_of(k)).collect();
    if ks.is_empty() {
        None
    } else {
        Some(*g.pick(&ks))
    }
}

/// A list of `n` nodes (clamped to 1..=5000), values in [0, 1000], and `k` in
/// 1..=n. Modes:
/// - "random": random values and a random `k`;
/// - "one": `k = 1`, the list stays as it is;
/// - "whole": `k = n`, the whole list is one group;
/// - "divides": `k` divides `n`, no trailing group;
/// - "short-tail": the trailing group is one node short of `k` (it must keep its order);
/// - "equal": every node holds the same value;
/// - "worst": `k = 2` on values counting up (mod 1001), the most groups and the
///   most relinking; any misplaced node shows.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let vals: Vec<i64> = match mode {
        "worst" => (0..n).map(|i| i as i64 % (MAX_V + 1)).collect(),
        "equal" => vec![g.int(0, MAX_V); n],
        _ => (0..n).map(|_| g.int(0, MAX_V)).collect(),
    };
    let k = match mode {
        "one" => 1,
        "whole" => n,
        "worst" => 2.min(n),
        "divides" => {
            let ks: Vec<usize> = (1..=n).filter(|&k| n.is_multiple_of(k)).collect();
            *g.pick(&ks)
        }
        "short-tail" => short_by_one(n, g).unwrap_or_else(|| g.usize(1, n)),
        _ => g.usize(1, n),
    };
    vec![json!(vals), json!(k)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (head, k), got {}", input.len()));
    }
    let vals = int_array(&input[0], 1, MAX_N, 0, MAX_V, "head")?;
    int_in(&input[1], 1, vals.len() as i64, "k (1 <= k <= n, the list's length)")?;
    Ok(())
}
