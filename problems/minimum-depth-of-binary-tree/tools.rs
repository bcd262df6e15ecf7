use crate::tools::prelude::*;

const MAX_N: usize = 100_000;
const LIM: i64 = 1000;

/// A tree of `n` nodes (0 <= n <= 10^5), values in [-1000, 1000]. Modes:
/// - "random": each node hangs under a random node with a free slot (shallow);
/// - "deep": the same, strongly biased towards the newest node (long branches);
/// - "complete": a complete binary tree (the nearest leaf is on the last levels);
/// - "left" / "right": a chain hanging to one side (one leaf, n levels down);
/// - "one-sided": a root whose only child carries a random tree: the missing
///   child is no leaf, so the answer is not 1;
/// - "worst": a single path of n nodes turning left or right at random: the only
///   leaf is the last node, so a breadth-first search cannot stop early, and a
///   depth-first one recurses n levels deep.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.min(MAX_N);
    let values: Vec<i64> = (0..n).map(|_| g.int(-LIM, LIM)).collect();
    let root = match mode {
        "deep" => random_tree(&values, 0.9, g),
        "complete" => json!(values),
        "left" => chain_tree(&values, true),
        "right" => chain_tree(&values, false),
        "one-sided" => one_sided(&values, g),
        "worst" => random_tree(&values, 1.0, g),
        _ => random_tree(&values, 0.0, g),
    };
    vec![root]
}

/// A root (the first value) whose only child carries a random tree of the other
/// values; a plain random tree when there are fewer than two values.
fn one_sided(values: &[i64], g: &mut Gen) -> Value {
    if values.len() < 2 {
        return random_tree(values, 0.0, g);
    }
    let below = random_tree(&values[1..], 0.5, g);
    only_child(values[0], &below, g.chance(0.5))
}

/// The level order of a root holding `val` whose only child (on the right if
/// `on_right`) is the tree `below`, given in level order. The root's two child
/// slots come first, then the subtree's entries from its second one on.
fn only_child(val: i64, below: &Value, on_right: bool) -> Value {
    let below = below.as_array().cloned().unwrap_or_default();
    let mut rest = below.into_iter();
    let mut out = vec![json!(val)];
    if let Some(first) = rest.next() {
        if on_right {
            out.extend([Value::Null, first]);
        } else {
            out.extend([first, Value::Null]);
        }
    }
    out.extend(rest);
    while out.last() == Some(&Value::Null) {
        out.pop();
    }
    Value::Array(out)
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (root), got {}", input.len()));
    }
    let values = tree(&input[0], -LIM, LIM, "root")?;
    len_in(values.len(), 0, MAX_N, "root (number of nodes)")?;
    Ok(())
}
