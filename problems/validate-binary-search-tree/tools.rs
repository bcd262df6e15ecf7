use crate::tools::prelude::*;

const MAX_N: usize = 10_000;
const MIN: i64 = i32::MIN as i64;
const MAX: i64 = i32::MAX as i64;

type Nodes = Vec<(i64, Option<usize>, Option<usize>)>;
/// A value range still to be placed: `(lo, hi, parent and side)`.
type Pending = (usize, usize, Option<(usize, bool)>);

/// How the root of each value range is chosen when building the BST.
#[derive(Clone, Copy, PartialEq)]
enum Shape {
    Random,
    Deep,
    Balanced,
    RightPath,
    LeftPath,
    Zigzag,
}

/// A node of the built BST: its sorted-range `lo..hi` and whether it is a left child.
struct Info {
    lo: usize,
    hi: usize,
    is_left: Option<bool>,
}

/// A BST over `sorted` (ascending, distinct) in the given shape, root at index 0,
/// with each node's value range. Explicit stack: paths are 10^4 deep.
fn build(sorted: &[i64], shape: Shape, g: &mut Gen) -> (Nodes, Vec<Info>) {
    let mut nodes: Nodes = Vec::with_capacity(sorted.len());
    let mut info = Vec::with_capacity(sorted.len());
    let mut stack: Vec<Pending> = vec![(0, sorted.len(), None)];
    while let Some((lo, hi, parent)) = stack.pop() {
        if lo >= hi {
            continue;
        }
        let mid = match shape {
            Shape::Random => g.usize(lo, hi - 1),
            Shape::Deep if g.chance(0.99) => if g.chance(0.5) { lo } else { hi - 1 },
            Shape::Deep => g.usize(lo, hi - 1),
            Shape::Balanced => lo + (hi - lo) / 2,
            Shape::RightPath => lo,
            Shape::LeftPath => hi - 1,
            Shape::Zigzag => if g.chance(0.5) { lo } else { hi - 1 },
        };
        let id = nodes.len();
        nodes.push((sorted[mid], None, None));
        info.push(Info { lo, hi, is_left: parent.map(|(_, l)| l) });
        if let Some((p, is_left)) = parent {
            if is_left {
                nodes[p].1 = Some(id);
            } else {
                nodes[p].2 = Some(id);
            }
        }
        stack.push((lo, mid, Some((id, true))));
        stack.push((mid + 1, hi, Some((id, false))));
    }
    (nodes, info)
}

/// `n` distinct sorted values over the whole i32 range, including both extremes when n >= 2.
fn values(n: usize, g: &mut Gen) -> Vec<i64> {
    let mut v = if n >= 2 { g.distinct(n - 2, MIN + 1, MAX - 1) } else { g.distinct(n, MIN, MAX) };
    if n >= 2 {
        v.push(MIN);
        v.push(MAX);
    }
    v.sort_unstable();
    v
}

/// Breaks the BST property at a leaf far below the ancestor it violates: the leaf still
/// agrees with its parent, but leaves the range an ancestor higher up allows (it becomes
/// equal to that ancestor, or goes past it). Returns false if no leaf qualifies.
fn break_at_leaf(sorted: &[i64], nodes: &mut Nodes, info: &[Info], g: &mut Gen) -> bool {
    let n = sorted.len();
    // Leaves whose violated bound comes from an ancestor other than the parent:
    // a right child with an upper bound, or a left child with a lower bound.
    let mut candidates: Vec<usize> = (0..nodes.len())
        .filter(|&i| nodes[i].1.is_none() && nodes[i].2.is_none())
        .filter(|&i| match info[i].is_left {
            Some(false) => info[i].hi < n,
            Some(true) => info[i].lo > 0,
            None => false,
        })
        .collect();
    if candidates.is_empty() {
        return false;
    }
    // Prefer the deepest candidates (built last on a path).
    candidates.sort_unstable();
    let i = if g.chance(0.5) { candidates[candidates.len() - 1] } else { *g.pick(&candidates) };
    let equal = g.chance(0.5);
    nodes[i].0 = if info[i].is_left == Some(false) {
        let bound = sorted[info[i].hi];
        if equal { bound } else { g.int(bound, MAX) }
    } else {
        let bound = sorted[info[i].lo - 1];
        if equal { bound } else { g.int(MIN, bound) }
    };
    true
}

/// A tree of `n` nodes (1 <= n <= 10^4) with values over the whole i32 range (both
/// extremes present once n >= 2). Modes:
/// - "random", "balanced", "deep" (long zigzag branches), "right" / "left" (paths):
///   a valid BST of that shape;
/// - "broken": a random BST where one leaf agrees with its parent but violates a
///   bound set by a higher ancestor (equal to it or beyond it);
/// - "broken-deep": the same on a deep tree;
/// - "dup-max": a deep valid BST whose largest value is then copied into the node
///   holding the second largest, so the only violation is at the end of the in-order;
/// - "worst": a valid zigzag path of n nodes: no early exit, the deepest recursion.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let sorted = values(n, g);
    let shape = match mode {
        "balanced" => Shape::Balanced,
        "deep" | "broken-deep" | "dup-max" => Shape::Deep,
        "right" => Shape::RightPath,
        "left" => Shape::LeftPath,
        "worst" => Shape::Zigzag,
        _ => Shape::Random,
    };
    let (mut nodes, info) = build(&sorted, shape, g);
    match mode {
        "broken" | "broken-deep" => {
            break_at_leaf(&sorted, &mut nodes, &info, g);
        }
        "dup-max" if n >= 2 => {
            if let Some(i) = nodes.iter().position(|x| x.0 == sorted[n - 2]) {
                nodes[i].0 = sorted[n - 1];
            }
        }
        _ => {}
    }
    vec![tree_to_level_order(&nodes)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (root), got {}", input.len()));
    }
    let values = tree(&input[0], MIN, MAX, "root")?;
    len_in(values.len(), 1, MAX_N, "root (number of nodes)")?;
    Ok(())
}
