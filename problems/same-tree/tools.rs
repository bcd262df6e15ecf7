use crate::tools::prelude::*;

const MAX_N: usize = 100;
const LIM: i64 = 10_000;

/// The last non-null entry of a level-order tree (the last node in BFS order: a leaf).
fn last_node(items: &[Value]) -> Option<usize> {
    items.iter().rposition(|v| !v.is_null())
}

/// Two trees of `n` nodes each (0 <= n <= 100), values in [-10^4, 10^4]. `q` starts
/// as a copy of `p`. Modes:
/// - "random": random shape; half of the time one value of `q` is changed;
/// - "same": random shape, identical trees;
/// - "deep": identical zigzag paths of n nodes (deepest recursion);
/// - "complete": identical complete trees;
/// - "last-value": `q` differs from `p` only in the value of its last node in level order;
/// - "last-leaf": `q` is `p` without its last node in level order (one tree is larger);
/// - "worst": identical long-branched trees: every node must be compared.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.min(MAX_N);
    let values: Vec<i64> = (0..n).map(|_| g.int(-LIM, LIM)).collect();
    let p = match mode {
        "deep" => random_tree(&values, 1.0, g),
        "complete" => json!(values),
        "worst" => random_tree(&values, 0.8, g),
        _ => random_tree(&values, 0.0, g),
    };
    let mut q: Vec<Value> = p.as_array().cloned().unwrap_or_default();
    let change_value = match mode {
        "last-value" => last_node(&q),
        "random" if g.chance(0.5) => {
            let live: Vec<usize> = (0..q.len()).filter(|&i| !q[i].is_null()).collect();
            if live.is_empty() { None } else { Some(*g.pick(&live)) }
        }
        _ => None,
    };
    if let Some(i) = change_value {
        let old = q[i].as_i64().unwrap_or(0);
        let mut v = g.int(-LIM, LIM - 1);
        if v >= old {
            v += 1;
        }
        q[i] = json!(v);
    }
    if mode == "last-leaf" && !q.is_empty() {
        q.pop();
        while q.last().is_some_and(Value::is_null) {
            q.pop();
        }
    }
    let (p, q) = if g.chance(0.5) { (p, Value::Array(q)) } else { (Value::Array(q), p) };
    vec![p, q]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (p, q), got {}", input.len()));
    }
    for (i, name) in ["p", "q"].iter().enumerate() {
        let values = tree(&input[i], -LIM, LIM, name)?;
        len_in(values.len(), 0, MAX_N, &format!("{name} (number of nodes)"))?;
    }
    Ok(())
}
