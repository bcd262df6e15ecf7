use crate::tools::prelude::*;

const MAX_N: usize = 100;
const LIM: i64 = 100;

/// A tree of `n` nodes (0 <= n <= 100), values in [-100, 100]. Modes:
/// - "random": each node hangs under a random node with a free slot (shallow, bushy);
/// - "deep": the same, strongly biased towards the newest node (long branches);
/// - "complete": a complete binary tree;
/// - "left" / "right": a chain hanging to one side;
/// - "dups": a random shape with values from {-1, 0, 1} (nodes cannot be told
///   apart by value);
/// - "worst": a single path of n nodes turning left or right at random: the
///   deepest recursion or stack.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.min(MAX_N);
    let values: Vec<i64> = match mode {
        "dups" => (0..n).map(|_| g.int(-1, 1)).collect(),
        _ => (0..n).map(|_| g.int(-LIM, LIM)).collect(),
    };
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
