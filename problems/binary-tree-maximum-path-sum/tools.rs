use crate::tools::prelude::*;

const MAX_N: usize = 30_000;
const LIM: i64 = 1000;

/// A tree of `n` nodes (1 <= n <= 3 * 10^4), values in [-1000, 1000]. Modes:
/// - "random": each node hangs under a random node with a free slot (shallow);
/// - "negative": every value negative (the answer is the largest single value);
/// - "sparse": mostly negative values with a few positive ones scattered around;
/// - "deep": random shape strongly biased towards the newest node (long branches);
/// - "complete": a complete binary tree;
/// - "left" / "right": a chain hanging to one side;
/// - "worst": a path of n nodes turning left or right at random, values biased
///   positive so the best path is long: the deepest recursion.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let values: Vec<i64> = (0..n)
        .map(|_| match mode {
            "negative" => g.int(-LIM, -1),
            "sparse" => {
                if g.chance(0.9) {
                    g.int(-LIM, -1)
                } else {
                    g.int(1, LIM)
                }
            }
            "worst" => g.int(-LIM / 2, LIM),
            _ => g.int(-LIM, LIM),
        })
        .collect();
    let root = match mode {
        "deep" => random_tree(&values, 0.9, g),
        "complete" => json!(values),
        "left" => chain_tree(&values, true),
        "right" => chain_tree(&values, false),
        "worst" => random_tree(&values, 1.0, g),
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
