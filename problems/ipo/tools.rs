use crate::tools::prelude::*;

const MAX_N: usize = 100_000;
const MAX_K: i64 = 100_000;
const MAX_W: i64 = 1_000_000_000;
const MAX_P: i64 = 10_000;
const MAX_C: i64 = 1_000_000_000;

/// Capitals that unlock the projects one after another: in a random order, each project
/// needs at most the profits of the ones before it, so a greedy never gets stuck.
fn unlocking(profits: &[i64], start: i64, g: &mut Gen) -> Vec<i64> {
    let mut order: Vec<usize> = (0..profits.len()).collect();
    g.shuffle(&mut order);
    let mut capital = vec![0i64; profits.len()];
    let mut have = start;
    for &i in &order {
        capital[i] = g.int(0, have).min(MAX_C);
        have += profits[i];
    }
    capital
}

/// `n` projects (clamped into 1..=10^5), profits in [0, 10^4], capitals in [0, 10^9].
/// Modes:
/// - "random": k, w and the capitals uniform at random (often stuck early);
/// - "unlock": w = 0, capitals that unlock the projects gradually, k uniform;
/// - "stuck": w small and every capital above it (the answer is w);
/// - "rich": w = 10^9, everything affordable from the start, k = 10^5;
/// - "threshold": capital equal to w or w + 1 exactly (affordable means <=);
/// - "worst": w = 0, gradually unlocking capitals with profits in [1, 10^4], k = 10^5:
///   every round has an affordable project, all n are taken, and a per-round scan
///   does n rounds of n.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let low = if mode == "worst" { 1 } else { 0 };
    let profits: Vec<i64> = (0..n).map(|_| g.int(low, MAX_P)).collect();
    let (k, w, capital): (i64, i64, Vec<i64>) = match mode {
        "unlock" => (g.int(1, MAX_K), 0, unlocking(&profits, 0, g)),
        "stuck" => {
            let w = g.int(0, 1000);
            (g.int(1, MAX_K), w, (0..n).map(|_| g.int(w + 1, MAX_C)).collect())
        }
        "rich" => (MAX_K, MAX_W, (0..n).map(|_| g.int(0, MAX_C)).collect()),
        "threshold" => {
            let w = g.int(0, 1000);
            (g.int(1, MAX_K), w, (0..n).map(|_| w + g.int(0, 1)).collect())
        }
        "worst" => (MAX_K, 0, unlocking(&profits, 0, g)),
        _ => {
            let w = g.int(0, 100_000);
            (g.int(1, MAX_K), w, (0..n).map(|_| g.int(0, 2 * w + 1000)).collect())
        }
    };
    vec![json!(k), json!(w), json!(profits), json!(capital)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    len_in(input.len(), 4, 4, "input (k, w, profits, capital)")?;
    int_in(&input[0], 1, MAX_K, "k")?;
    let w = int_in(&input[1], 0, MAX_W, "w")?;
    let profits = int_array(&input[2], 1, MAX_N, 0, MAX_P, "profits")?;
    let capital = int_array(&input[3], 1, MAX_N, 0, MAX_C, "capital")?;
    if profits.len() != capital.len() {
        return Err(format!("profits has {} entries but capital has {}", profits.len(), capital.len()));
    }
    // The final capital is at most w + k * 10^4 <= 2 * 10^9 < 2^31: it always fits an i32.
    if w + profits.iter().sum::<i64>() > i64::from(i32::MAX) {
        return Err("the final capital could exceed a 32-bit integer".to_string());
    }
    Ok(())
}
