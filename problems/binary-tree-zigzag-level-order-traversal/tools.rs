use crate::tools::prelude::*;

const MAX_N: usize = 2000;
const LIM: i64 = 100;

/// A tree of `n` nodes (0 <= n <= 2000), values in [-100, 100]. Modes:
/// - "random": each node hangs under a random node with a free slot (shallow, wide);
/// - "deep": the same, strongly biased towards the newest node (long branches);
/// - "complete": a complete binary tree (the widest levels, every level reversed
///   or not matters);
/// - "left" / "right": a chain hanging to one side;
/// - "worst": a single path of n nodes turning left or right at random: n levels
///   of one node each (the most levels, the deepest recursion).
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.min(MAX_N);
    let values: Vec<i64> = (0..n).map(|_| g.int(-LIM, LIM)).collect();
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
    len_in(values.len(), 0, MAX_N, "root (number of nodes)")?;
    Ok(())
}
