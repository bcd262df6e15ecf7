use crate::tools::prelude::*;
use std::collections::HashSet;

const MAX_N: usize = 100_000;
const LIMIT: i64 = 1_000_000_000;

type Nodes = Vec<(i64, Option<usize>, Option<usize>)>;
/// A value range still to be placed: `(lo, hi, parent and side, depth)`.
type Pending = (usize, usize, Option<(usize, bool)>, usize);

/// How the root of each value range is chosen when building the BST.
#[derive(Clone, Copy)]
enum Shape {
    /// A random value of the range.
    Random,
    /// The middle value: a balanced tree.
    Balanced,
    /// The smallest value: a right-leaning path.
    RightPath,
    /// The largest value: a left-leaning path.
    LeftPath,
    /// The smallest or the largest at random: a zigzag path; the last three
    /// values form a fork, so the two deepest nodes are sibling leaves.
    ZigzagFork,
}

/// A BST over `sorted` (ascending, distinct) in the given shape, as
/// `(value, left, right)` nodes with the root at index 0, plus each node's
/// depth and parent.
fn build_bst(sorted: &[i64], shape: Shape, g: &mut Gen) -> (Nodes, Vec<usize>, Vec<Option<usize>>) {
    let mut nodes: Nodes = Vec::with_capacity(sorted.len());
    let mut depth = Vec::with_capacity(sorted.len());
    let mut parents = Vec::with_capacity(sorted.len());
    // Explicit stack: paths are 10^5 deep.
    let mut stack: Vec<Pending> = vec![(0, sorted.len(), None, 0)];
    while let Some((lo, hi, parent, d)) = stack.pop() {
        if lo >= hi {
            continue;
        }
        let mid = match shape {
            Shape::Random => g.usize(lo, hi - 1),
            Shape::Balanced => lo + (hi - lo) / 2,
            Shape::RightPath => lo,
            Shape::LeftPath => hi - 1,
            Shape::ZigzagFork if hi - lo == 3 => lo + 1,
            Shape::ZigzagFork => {
                if g.chance(0.5) {
                    lo
                } else {
                    hi - 1
                }
            }
        };
        let id = nodes.len();
        nodes.push((sorted[mid], None, None));
        depth.push(d);
        parents.push(parent.map(|(p, _)| p));
        if let Some((p, is_left)) = parent {
            if is_left {
                nodes[p].1 = Some(id);
            } else {
                nodes[p].2 = Some(id);
            }
        }
        stack.push((lo, mid, Some((id, true)), d + 1));
        stack.push((mid + 1, hi, Some((id, false)), d + 1));
    }
    (nodes, depth, parents)
}

/// The indices of the two deepest nodes (deepest first).
fn two_deepest(depth: &[usize]) -> (usize, usize) {
    let mut order: Vec<usize> = (0..depth.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(depth[i]));
    (order[0], order[1])
}

/// The deepest node and a random node of the subtree hanging `up` levels above
/// it (clamped at the root), so their LCA sits deep in the tree.
fn deep_pair(nodes: &Nodes, depth: &[usize], parents: &[Option<usize>], up: usize, g: &mut Gen) -> (usize, usize) {
    let (a, _) = two_deepest(depth);
    let mut top = a;
    for _ in 0..up {
        match parents[top] {
            Some(p) => top = p,
            None => break,
        }
    }
    let mut subtree = Vec::new();
    let mut stack = vec![top];
    while let Some(i) = stack.pop() {
        if i != a {
            subtree.push(i);
        }
        stack.extend(nodes[i].1);
        stack.extend(nodes[i].2);
    }
    (a, *g.pick(&subtree))
}

/// Modes: "random" (random shape, random p and q, so the LCA is usually near
/// the root), "deep" (random shape, the LCA a few levels above the deepest
/// node), "balanced", "right-path",
/// "left-path" (p and q the two deepest nodes of a path), and "worst": a zigzag
/// spine n - 1 levels deep ending in a fork whose two leaves are p and q, so the
/// walk from the root passes every level before it finds the answer.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(2, MAX_N);
    let mut sorted = g.distinct(n, -LIMIT, LIMIT);
    sorted.sort_unstable();
    let shape = match mode {
        "balanced" => Shape::Balanced,
        "deep" => Shape::Random,
        "right-path" => Shape::RightPath,
        "left-path" => Shape::LeftPath,
        "worst" => Shape::ZigzagFork,
        _ => Shape::Random,
    };
    let (nodes, depth, parents) = build_bst(&sorted, shape, g);
    let (a, b) = match shape {
        Shape::Random if mode == "deep" => {
            let up = g.usize(1, 6);
            deep_pair(&nodes, &depth, &parents, up, g)
        }
        Shape::Random | Shape::Balanced => {
            let a = g.usize(0, n - 1);
            let mut b = g.usize(0, n - 2);
            if b >= a {
                b += 1;
            }
            (a, b)
        }
        _ => two_deepest(&depth),
    };
    let (a, b) = if g.chance(0.5) { (a, b) } else { (b, a) };
    vec![tree_to_level_order(&nodes), json!(nodes[a].0), json!(nodes[b].0)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    len_in(input.len(), 3, 3, "input (root, p, q)")?;
    let values = tree(&input[0], -LIMIT, LIMIT, "root")?;
    len_in(values.len(), 2, MAX_N, "the tree (number of nodes)")?;
    distinct(&values, "root")?;
    bst_order(array(&input[0], "root")?)?;
    let p = int_in(&input[1], -LIMIT, LIMIT, "p")?;
    let q = int_in(&input[2], -LIMIT, LIMIT, "q")?;
    if p == q {
        return Err(format!("p and q must differ, both are {p}"));
    }
    let present: HashSet<i64> = values.into_iter().collect();
    for (name, v) in [("p", p), ("q", q)] {
        if !present.contains(&v) {
            return Err(format!("{name} = {v} is not a value of the tree"));
        }
    }
    Ok(())
}

