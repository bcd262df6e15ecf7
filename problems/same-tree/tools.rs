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
/// - "worst": identical long-branched trees: every node must be compared;
/// - "rotated": `q` is `p` rotated at one node: the same in-order sequence, another
///   shape (a solution comparing only in-order values answers true);
/// - "flip-child": `q` is `p` with one only child moved to the other side: the same
///   pre-order sequence, another shape;
/// - "mirrored": `q` is `p`'s mirror image (a solution comparing left with right).
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.min(MAX_N);
    let values: Vec<i64> = (0..n).map(|_| g.int(-LIM, LIM)).collect();
    if let "rotated" | "flip-child" | "mirrored" = mode {
        let nodes = random_tree_nodes(&values, 0.3, g);
        let (q, root) = reshaped(&nodes, mode, g);
        let (p, q) = (tree_to_level_order(&nodes), tree_to_level_order_from(&q, root));
        return if g.chance(0.5) { vec![p, q] } else { vec![q, p] };
    }
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

type Nodes = Vec<(i64, Option<usize>, Option<usize>)>;

/// The tree reshaped as `mode` says (unchanged when it has no node to reshape),
/// with the index of its root.
fn reshaped(nodes: &Nodes, mode: &str, g: &mut Gen) -> (Nodes, usize) {
    let mut q = nodes.clone();
    match mode {
        "mirrored" => {
            for node in &mut q {
                (node.1, node.2) = (node.2, node.1);
            }
            (q, 0)
        }
        "flip-child" => {
            let single: Vec<usize> = (0..q.len()).filter(|&i| q[i].1.is_some() != q[i].2.is_some()).collect();
            if !single.is_empty() {
                let i = *g.pick(&single);
                (q[i].1, q[i].2) = (q[i].2, q[i].1);
            }
            (q, 0)
        }
        _ => {
            // A right rotation at `y` (left child `x`): x takes y's place, y becomes
            // x's right child, x's right subtree becomes y's left. In-order is kept.
            let with_left: Vec<usize> = (0..q.len()).filter(|&i| q[i].1.is_some()).collect();
            if with_left.is_empty() {
                return (q, 0);
            }
            let y = *g.pick(&with_left);
            let x = q[y].1.unwrap_or(y);
            q[y].1 = q[x].2;
            q[x].2 = Some(y);
            match (0..q.len()).find(|&i| i != x && (q[i].1 == Some(y) || q[i].2 == Some(y))) {
                Some(parent) if q[parent].1 == Some(y) => q[parent].1 = Some(x),
                Some(parent) => q[parent].2 = Some(x),
                None => return (q, x),
            }
            (q, 0)
        }
    }
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
