use crate::tools::prelude::*;

const MAX_N: usize = 10_000;
const MAX_VAL: i64 = 10_000;

type Nodes = Vec<(i64, Option<usize>, Option<usize>)>;
/// A value range still to be placed: `(lo, hi, parent and side)`.
type Pending = (usize, usize, Option<(usize, bool)>);

/// How the root of each value range is chosen when building the BST.
#[derive(Clone, Copy)]
enum Shape {
    Random,
    Balanced,
    RightPath,
    LeftPath,
    Zigzag,
}

/// A BST over `sorted` (ascending, distinct), root at index 0. Explicit stack: paths
/// are 10^4 deep.
fn build(sorted: &[i64], shape: Shape, g: &mut Gen) -> Nodes {
    let mut nodes: Nodes = Vec::with_capacity(sorted.len());
    let mut stack: Vec<Pending> = vec![(0, sorted.len(), None)];
    while let Some((lo, hi, parent)) = stack.pop() {
        if lo >= hi {
            continue;
        }
        let mid = match shape {
            Shape::Random => g.usize(lo, hi - 1),
            Shape::Balanced => lo + (hi - lo) / 2,
            Shape::RightPath => lo,
            Shape::LeftPath => hi - 1,
            Shape::Zigzag => {
                if g.chance(0.5) {
                    lo
                } else {
                    hi - 1
                }
            }
        };
        let id = nodes.len();
        nodes.push((sorted[mid], None, None));
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
    nodes
}

/// A BST of `n` nodes (1 <= n <= 10^4) with distinct values in [0, 10^4], and `k`.
/// Modes:
/// - "random": random shape, random k;
/// - "balanced": a balanced tree, random k;
/// - "left-min": a left path, k = 1 (the minimum is the bottom of the path);
/// - "right-max": a right path, k = n (the maximum is the bottom of the path);
/// - "dense": a random shape over almost every value of the range, k = n / 2;
/// - "worst": a zigzag path of n nodes and k = n: an in-order walk visits every node
///   before it reaches the answer, with the deepest stack.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let mut sorted = g.distinct(n, 0, MAX_VAL);
    sorted.sort_unstable();
    let (shape, k) = match mode {
        "balanced" => (Shape::Balanced, g.usize(1, n)),
        "left-min" => (Shape::LeftPath, 1),
        "right-max" => (Shape::RightPath, n),
        "dense" => (Shape::Random, n.div_ceil(2)),
        "worst" => (Shape::Zigzag, n),
        _ => (Shape::Random, g.usize(1, n)),
    };
    let nodes = build(&sorted, shape, g);
    vec![tree_to_level_order(&nodes), json!(k)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (root, k), got {}", input.len()));
    }
    let values = tree(&input[0], 0, MAX_VAL, "root")?;
    len_in(values.len(), 1, MAX_N, "root (number of nodes)")?;
    distinct(&values, "root")?;
    bst_order(array(&input[0], "root")?)?;
    int_in(&input[1], 1, values.len() as i64, "k (between 1 and the number of nodes)")?;
    Ok(())
}

