use crate::tools::prelude::*;

const MAX_N: usize = 100_000;
const MAX_V: i64 = 10_000;

/// The stations a full circuit can start from (the first of them, and how many).
/// With P the prefix sums of gas - cost, start s works when the total is
/// non-negative, P[k] >= P[s] for every k in s..=n, and P[k] >= P[s] - total
/// for every k < s.
fn valid_starts(gas: &[i64], cost: &[i64]) -> (Option<usize>, usize) {
    let n = gas.len();
    let mut p = vec![0i64; n + 1];
    for i in 0..n {
        p[i + 1] = p[i] + gas[i] - cost[i];
    }
    let total = p[n];
    if total < 0 {
        return (None, 0);
    }
    let mut suffix_min = p.clone();
    for i in (0..n).rev() {
        suffix_min[i] = suffix_min[i].min(suffix_min[i + 1]);
    }
    let (mut first, mut count, mut prefix_min) = (None, 0, i64::MAX);
    for s in 0..n {
        if suffix_min[s] >= p[s] && prefix_min >= p[s] - total {
            first = first.or(Some(s));
            count += 1;
        }
        prefix_min = prefix_min.min(p[s]);
    }
    (first, count)
}

/// Moves gas and cost at random stations (within [0, 10^4]) until
/// sum(gas) - sum(cost) equals `target`.
fn set_total(gas: &mut [i64], cost: &mut [i64], target: i64, g: &mut Gen) {
    let mut diff = target - (gas.iter().sum::<i64>() - cost.iter().sum::<i64>());
    while diff != 0 {
        let i = g.usize(0, gas.len() - 1);
        if diff > 0 {
            let up = (MAX_V - gas[i]).min(diff);
            gas[i] += up;
            let down = cost[i].min(diff - up);
            cost[i] -= down;
            diff -= up + down;
        } else {
            let up = (MAX_V - cost[i]).min(-diff);
            cost[i] += up;
            let down = gas[i].min(-diff - up);
            gas[i] -= down;
            diff += up + down;
        }
    }
}

/// `n` stations (1 <= n <= 10^5), gas and cost in [0, 10^4], with at most one
/// valid start (random instances are redrawn until that holds). Modes:
/// - "random": uniform values, the total surplus set to a small non-negative
///   number (a circuit exists);
/// - "impossible": uniform values with a total surplus of exactly -1;
/// - "tight": gas and cost differ by at most 3 at every station;
/// - "worst": a surplus of 1 at every station, then a block of large deficits,
///   then the answer at the last station: every earlier start drives almost
///   the whole way before running dry (a per-start simulation is quadratic).
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    if mode == "worst" && n >= 3 {
        // Deficit D = (stations with surplus 1) + 1, paid back by the last station's +1.
        let block = ((n as i64 + MAX_V) / (MAX_V + 1)) as usize; // deficit stations
        let plus = n - 1 - block;
        let mut gas = Vec::with_capacity(n);
        let mut cost = Vec::with_capacity(n);
        for _ in 0..plus {
            let x = g.int(1, MAX_V);
            gas.push(x);
            cost.push(x - 1);
        }
        let mut deficit = plus as i64 + 1;
        for k in 0..block {
            let d = if k + 1 == block { deficit } else { deficit.min(MAX_V) };
            gas.push(0);
            cost.push(d);
            deficit -= d;
        }
        gas.push(1);
        cost.push(0);
        return vec![json!(gas), json!(cost)];
    }
    loop {
        let (mut gas, mut cost): (Vec<i64>, Vec<i64>) = match mode {
            "tight" => (0..n)
                .map(|_| {
                    let c = g.int(3, MAX_V - 3);
                    (c + g.int(-3, 3), c)
                })
                .unzip(),
            _ => (0..n).map(|_| (g.int(0, MAX_V), g.int(0, MAX_V))).unzip(),
        };
        let target = if mode == "impossible" { -1 } else { g.int(0, 3) };
        set_total(&mut gas, &mut cost, target, g);
        if valid_starts(&gas, &cost).1 <= 1 {
            return vec![json!(gas), json!(cost)];
        }
    }
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (gas, cost), got {}", input.len()));
    }
    let gas = int_array(&input[0], 1, MAX_N, 0, MAX_V, "gas")?;
    let cost = int_array(&input[1], 1, MAX_N, 0, MAX_V, "cost")?;
    if gas.len() != cost.len() {
        return Err(format!("gas.length = {} differs from cost.length = {}", gas.len(), cost.len()));
    }
    let (_, count) = valid_starts(&gas, &cost);
    if count > 1 {
        return Err(format!("the answer must be unique, but {count} stations can start a full circuit"));
    }
    Ok(())
}
