use crate::tools::prelude::*;

/// A tree as `(value, left, right)` nodes in level order (parents before children).
type Nodes = Vec<(i64, Option<usize>, Option<usize>)>;

const MAX_N: usize = 5000;
const LIM: i64 = 1000;
const TARGET: i64 = 1000;

/// A shape of `n` nodes for `mode` (values to be filled in).
fn shape(n: usize, mode: &str, g: &mut Gen) -> Nodes {
    let zeros = vec![0; n];
    let level = match mode {
        "deep" => random_tree(&zeros, 0.9, g),
        "complete" => json!(zeros),
        "left" => chain_tree(&zeros, true),
        "right" => chain_tree(&zeros, false),
        "worst" => random_tree(&zeros, 1.0, g),
        _ => random_tree(&zeros, 0.0, g),
    };
    level_order_to_nodes(&level)
}

/// Fills in values top-down. With `bound`, each value keeps the root-to-node sum within
/// `[-bound, bound]` (so a leaf can still be tuned to any target); without, values are
/// uniform in [-1000, 1000]. Returns the parent of each node and each node's path sum.
fn fill(nodes: &mut Nodes, bound: Option<i64>, g: &mut Gen) -> (Vec<Option<usize>>, Vec<i64>) {
    let n = nodes.len();
    let mut parent = vec![None; n];
    for (i, &(_, left, right)) in nodes.iter().enumerate() {
        for c in [left, right].into_iter().flatten() {
            parent[c] = Some(i);
        }
    }
    let mut sum = vec![0i64; n];
    for i in 0..n {
        let above = parent[i].map_or(0, |p| sum[p]);
        let v = match bound {
            Some(b) => g.int((-LIM).max(-b - above), LIM.min(b - above)),
            None => g.int(-LIM, LIM),
        };
        nodes[i].0 = v;
        sum[i] = above + v;
    }
    (parent, sum)
}

fn is_leaf(nodes: &Nodes, i: usize) -> bool {
    nodes[i].1.is_none() && nodes[i].2.is_none()
}

/// Moves every leaf whose path sum equals `target` one step away from it.
fn clear_hits(nodes: &mut Nodes, sum: &mut [i64], target: i64) {
    for i in 0..nodes.len() {
        if is_leaf(nodes, i) && sum[i] == target {
            let step = if nodes[i].0 < LIM { 1 } else { -1 };
            nodes[i].0 += step;
            sum[i] += step;
        }
    }
}

/// A tree of `n` nodes (0 <= n <= 5000), values in [-1000, 1000], and a target in
/// [-1000, 1000]. Modes:
/// - "random": random shape and values, a random target (usually no path hits it);
/// - "hit": one random leaf is tuned so its root-to-leaf sum is the target;
/// - "trap": the target is the path sum of an inner node, and no leaf reaches it
///   (answer false; stopping at inner nodes answers true);
/// - "deep" / "complete" / "left" / "right": that shape, with a leaf tuned to hit;
/// - "worst": a zigzag path of n nodes (the deepest recursion, one leaf) set up as a
///   trap: the answer is false, so nothing stops early.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.min(MAX_N);
    let mut nodes = shape(n, mode, g);
    let bounded = if mode == "random" { None } else { Some(LIM) };
    let (parent, mut sum) = fill(&mut nodes, bounded, g);
    let mut target = g.int(-TARGET, TARGET);
    let leaves: Vec<usize> = (0..n).filter(|&i| is_leaf(&nodes, i)).collect();
    let inner: Vec<usize> = (0..n).filter(|&i| !is_leaf(&nodes, i)).collect();
    match mode {
        "trap" | "worst" => {
            if !inner.is_empty() {
                // Prefer a deep inner node: the trap is then met late.
                let i = if g.chance(0.5) { inner[inner.len() - 1] } else { *g.pick(&inner) };
                target = sum[i];
            }
            clear_hits(&mut nodes, &mut sum, target);
        }
        "hit" | "deep" | "complete" | "left" | "right" => {
            if let Some(&leaf) = leaves.get(g.usize(0, leaves.len().saturating_sub(1))) {
                let above = parent[leaf].map_or(0, |p| sum[p]);
                target = g.int((-TARGET).max(above - LIM), TARGET.min(above + LIM));
                nodes[leaf].0 = target - above;
                sum[leaf] = target;
            }
        }
        _ => {}
    }
    vec![tree_to_level_order(&nodes), json!(target)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (root, targetSum), got {}", input.len()));
    }
    let values = tree(&input[0], -LIM, LIM, "root")?;
    len_in(values.len(), 0, MAX_N, "root (number of nodes)")?;
    int_in(&input[1], -TARGET, TARGET, "targetSum")?;
    Ok(())
}
