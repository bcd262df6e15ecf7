use crate::tools::prelude::*;

/// A tree of `n` nodes (0 <= n <= 10^4), values in [-100, 100]. Modes:
/// - "random": each node hangs under a random node with a free slot (shallow);
/// - "deep": the same, but strongly biased towards the newest node (long branches);
/// - "complete": a complete binary tree (widest levels, depth about log2 n);
/// - "left" / "right": a chain hanging to one side;
/// - "worst": a single path of n nodes turning left or right at random: the
///   maximum depth, hence the deepest recursion.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.min(10_000);
    let values: Vec<i64> = (0..n).map(|_| g.int(-100, 100)).collect();
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
    let values = tree(&input[0], -100, 100, "root")?;
    len_in(values.len(), 0, 10_000, "root (number of nodes)")?;
    Ok(())
}
