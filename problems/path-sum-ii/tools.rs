use crate::tools::prelude::*;

/// A tree as `(value, left, right)` nodes in level order (parents before children).
type Nodes = Vec<(i64, Option<usize>, Option<usize>)>;

const MAX_N: usize = 5000;
const LIM: i64 = 1000;
const TARGET: i64 = 1000;

/// A spine of `n / 2` nodes turning left or right at random, each spine node with a
/// leaf on its other side: about n/2 leaves at depths 2 to n/2 (the largest output).
fn caterpillar(n: usize, g: &mut Gen) -> Value {
    let mut nodes: Nodes = vec![(0, None, None); n];
    let spine = n.div_ceil(2);
    for (i, node) in nodes.iter_mut().enumerate().take(spine) {
        let next = if i + 1 < spine { Some(i + 1) } else { None };
        let leaf = if spine + i < n { Some(spine + i) } else { None };
        *node = if g.chance(0.5) { (0, next, leaf) } else { (0, leaf, next) };
    }
    tree_to_level_order(&nodes)
}

/// A shape of `n` nodes for `mode` (values to be filled in).
fn shape(n: usize, mode: &str, g: &mut Gen) -> Nodes {
    let zeros = vec![0; n];
    let level = match mode {
        "deep" => random_tree(&zeros, 0.9, g),
        "complete" | "zeros" => json!(zeros),
        "left" => chain_tree(&zeros, true),
        "right" => chain_tree(&zeros, false),
        "worst" => caterpillar(n, g),
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
/// - "hit": about half of the leaves are tuned so their root-to-leaf sum is the target;
/// - "all": every leaf is tuned to hit the target (path sums kept within [-500, 500]);
/// - "zeros": a complete tree of zeros and target 0: every path is an answer;
/// - "trap": the target is the path sum of an inner node, and no leaf reaches it
///   (answer []; collecting paths at inner nodes answers more);
/// - "deep" / "complete": that shape, about half of the leaves hit;
/// - "left" / "right": a chain whose one leaf hits;
/// - "worst": a spine of n/2 nodes, each with one leaf hanging off it, every leaf
///   tuned to hit: about n/2 answers of average length n/4 (the largest output).
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.min(MAX_N);
    let mut nodes = shape(n, mode, g);
    if mode == "zeros" {
        return vec![tree_to_level_order(&nodes), json!(0)];
    }
    // Path sums within [-500, 500] and a target in there too put the target within
    // reach of every leaf, so all of them can be tuned to hit.
    let every = matches!(mode, "all" | "worst" | "left" | "right");
    let bounded = match mode {
        "random" => None,
        _ if every => Some(LIM / 2),
        _ => Some(LIM),
    };
    let (parent, mut sum) = fill(&mut nodes, bounded, g);
    let mut target = g.int(-TARGET, TARGET);
    let inner: Vec<usize> = (0..n).filter(|&i| !is_leaf(&nodes, i)).collect();
    match mode {
        "trap" => {
            if !inner.is_empty() {
                target = sum[*g.pick(&inner)];
            }
            clear_hits(&mut nodes, &mut sum, target);
        }
        "hit" | "all" | "deep" | "complete" | "left" | "right" | "worst" => {
            let share = if every { 1.0 } else { 0.5 };
            let leaves: Vec<usize> = (0..n).filter(|&i| is_leaf(&nodes, i)).collect();
            // One random leaf always hits: the target is picked within its reach
            // (a leaf reaches any target within 1000 of its parent's sum).
            let anchor = leaves.get(g.usize(0, leaves.len().saturating_sub(1))).copied();
            if let Some(a) = anchor {
                let above = parent[a].map_or(0, |p| sum[p]);
                target = if every {
                    g.int(-LIM / 2, LIM / 2)
                } else {
                    g.int((-TARGET).max(above - LIM), TARGET.min(above + LIM))
                };
            }
            for leaf in leaves {
                let above = parent[leaf].map_or(0, |p| sum[p]);
                if Some(leaf) == anchor || ((target - above).abs() <= LIM && g.chance(share)) {
                    nodes[leaf].0 = target - above;
                    sum[leaf] = target;
                }
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
