use crate::tools::prelude::*;

const MAX_K: usize = 10_000;
const MAX_LEN: usize = 500;
const MAX_TOTAL: usize = 10_000;
const MAX_V: i64 = 10_000;

/// Spreads `n` nodes over `k` lists (`k * 500 >= n`), each node in a random list
/// that still has room; returns the lengths.
fn random_lengths(n: usize, k: usize, g: &mut Gen) -> Vec<usize> {
    let mut lens = vec![0usize; k];
    let mut open: Vec<usize> = (0..k).collect();
    for _ in 0..n {
        let at = g.usize(0, open.len() - 1);
        let i = open[at];
        lens[i] += 1;
        if lens[i] == MAX_LEN {
            open.swap_remove(at);
        }
    }
    lens
}

fn sorted_values(len: usize, g: &mut Gen) -> Vec<i64> {
    let mut v: Vec<i64> = (0..len).map(|_| g.int(-MAX_V, MAX_V)).collect();
    v.sort_unstable();
    v
}

/// `k` sorted lists holding `n` nodes in total (clamped to 0..=10^4), values in
/// [-10^4, 10^4]. Modes:
/// - "random": `k` random between the fewest lists that can hold `n` nodes and
///   `n`, nodes spread at random, random values;
/// - "long": as few lists as possible, all full (500 nodes) but the last;
/// - "empties": 10^4 lists, the nodes in as few of them as possible, the rest empty;
/// - "equal": random lengths as in "random", every value the same;
/// - "single": `n` lists of one node each, random values;
/// - "worst": `n` lists of one node each (the most lists the total allows) with
///   values rising from list to list: scanning all heads costs k per node, and
///   merging the lists into an accumulator one at a time walks all of it each time.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.min(MAX_TOTAL);
    let fewest = n.div_ceil(MAX_LEN);
    let lists: Vec<Vec<i64>> = match mode {
        "long" => (0..fewest).map(|i| sorted_values(MAX_LEN.min(n - i * MAX_LEN), g)).collect(),
        "empties" => {
            let mut lists = vec![Vec::new(); MAX_K];
            let mut slots: Vec<usize> = (0..MAX_K).collect();
            g.shuffle(&mut slots);
            for (i, &slot) in slots.iter().take(fewest).enumerate() {
                lists[slot] = sorted_values(MAX_LEN.min(n - i * MAX_LEN), g);
            }
            lists
        }
        "single" => (0..n).map(|_| vec![g.int(-MAX_V, MAX_V)]).collect(),
        "worst" => sorted_values(n, g).into_iter().map(|v| vec![v]).collect(),
        _ => {
            let k = if n == 0 { g.usize(0, 3) } else { g.usize(fewest, n.min(MAX_K)) };
            let lens = random_lengths(n, k, g);
            if mode == "equal" {
                let x = g.int(-MAX_V, MAX_V);
                lens.iter().map(|&len| vec![x; len]).collect()
            } else {
                lens.iter().map(|&len| sorted_values(len, g)).collect()
            }
        }
    };
    vec![json!(lists)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (lists), got {}", input.len()));
    }
    let lists = array(&input[0], "lists")?;
    len_in(lists.len(), 0, MAX_K, "lists (k, the number of lists)")?;
    let mut total = 0usize;
    for (i, list) in lists.iter().enumerate() {
        let what = format!("lists[{i}]");
        let vals = int_array(list, 0, MAX_LEN, -MAX_V, MAX_V, &what)?;
        if let Some(j) = (1..vals.len()).find(|&j| vals[j] < vals[j - 1]) {
            return Err(format!("{what} is not sorted: {what}[{j}] = {} < {}", vals[j], vals[j - 1]));
        }
        total += vals.len();
    }
    if total > MAX_TOTAL {
        return Err(format!("the lists hold {total} nodes in total, more than {MAX_TOTAL}"));
    }
    Ok(())
}
