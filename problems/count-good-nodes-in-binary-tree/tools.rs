use crate::tools::prelude::*;

const MAX_N: usize = 100_000;
const LIM: i64 = 10_000;

/// A tree of `n` nodes (1 <= n <= 10^5), values in [-10^4, 10^4]. Modes:
/// - "random": each node hangs under a random node with a free slot (shallow);
/// - "small": values in [-3, 3] (many ties with the path maximum);
/// - "equal": every value the same (every node is good);
/// - "deep": random shape strongly biased towards the newest node, small values;
/// - "complete": a complete binary tree;
/// - "left" / "right": a chain hanging to one side;
/// - "increasing" / "decreasing": a zigzag path whose values never go down / up;
/// - "worst": a zigzag path of n nodes whose values climb slowly with many ties:
///   the deepest recursion, and most nodes are good.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let mut values: Vec<i64> = match mode {
        "small" | "deep" => (0..n).map(|_| g.int(-3, 3)).collect(),
        "equal" => vec![g.int(-LIM, LIM); n],
        _ => (0..n).map(|_| g.int(-LIM, LIM)).collect(),
    };
    match mode {
        "increasing" => values.sort_unstable(),
        "decreasing" => values.sort_unstable_by(|a, b| b.cmp(a)),
        "worst" => {
            // A slow climb from -10^4: each step goes up by 0 or 1, or dips a little.
            let mut v = -LIM;
            for x in values.iter_mut() {
                *x = if g.chance(0.2) { (v - g.int(1, 5)).max(-LIM) } else { v };
                v = (v + g.int(0, 1)).min(LIM);
            }
        }
        _ => {}
    }
    let root = match mode {
        "deep" => random_tree(&values, 0.9, g),
        "complete" => json!(values),
        "left" => chain_tree(&values, true),
        "right" => chain_tree(&values, false),
        "increasing" | "decreasing" | "worst" => random_tree(&values, 1.0, g),
        _ => random_tree(&values, 0.0, g),
    };
    vec![root]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (root), got {}", input.len()));
    }
    let values = tree(&input[0], -LIM, LIM, "root")?;
    len_in(values.len(), 1, MAX_N, "root (number of nodes)")?;
    Ok(())
}
