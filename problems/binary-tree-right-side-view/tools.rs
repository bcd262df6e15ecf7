use crate::tools::prelude::*;

const MAX_N: usize = 100;
const LIM: i64 = 100;

/// A root (the first value) whose right child is a leaf (the second value) and whose
/// left subtree is a long random branch of the other values; a random tree when
/// there are fewer than three values.
fn left_heavy(values: &[i64], g: &mut Gen) -> Value {
    if values.len() < 3 {
        return random_tree(values, 0.0, g);
    }
    let below = random_tree(&values[2..], 0.8, g);
    let below = below.as_array().cloned().unwrap_or_default();
    let mut out = vec![json!(values[0]), below[0].clone(), json!(values[1])];
    let mut rest = below.into_iter().skip(1);
    // Level order: the root, the left subtree's root, the right leaf; then the
    // children of the left subtree's root, the leaf's two empty slots, and
    // everything deeper in the subtree's own order.
    out.push(rest.next().unwrap_or(Value::Null));
    out.push(rest.next().unwrap_or(Value::Null));
    out.extend([Value::Null, Value::Null]);
    out.extend(rest);
    while out.last() == Some(&Value::Null) {
        out.pop();
    }
    Value::Array(out)
}

/// A tree of `n` nodes (0 <= n <= 100), values in [-100, 100]. Modes:
/// - "random": each node hangs under a random node with a free slot;
/// - "deep": the same, strongly biased towards the newest node (long branches);
/// - "complete": a complete binary tree;
/// - "left" / "right": a chain hanging to one side;
/// - "left-heavy": a root whose right child is a leaf and whose left subtree is a
///   long random branch: below level 1, every visible node is on the left side;
/// - "worst": a path of n nodes turning left or right at random: n levels, each
///   seen through a node on either side.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.min(MAX_N);
    let values: Vec<i64> = (0..n).map(|_| g.int(-LIM, LIM)).collect();
    let root = match mode {
        "deep" => random_tree(&values, 0.9, g),
        "complete" => json!(values),
        "left" => chain_tree(&values, true),
        "right" => chain_tree(&values, false),
        "left-heavy" => left_heavy(&values, g),
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
