use crate::tools::prelude::*;

const MAX_ROOT: usize = 2000;
const MAX_SUB: usize = 1000;
const LIM: i64 = 10_000;

type Nodes = Vec<(i64, Option<usize>, Option<usize>)>;

/// A level-order tree (as produced by the prelude's builders) back into nodes, root at 0.
fn parse(v: &Value) -> Nodes {
    let items: &[Value] = v.as_array().map(Vec::as_slice).unwrap_or(&[]);
    let mut nodes: Nodes = Vec::new();
    let mut slots: std::collections::VecDeque<Option<(usize, bool)>> = std::collections::VecDeque::from([None]);
    for item in items {
        let Some(slot) = slots.pop_front() else { break };
        let Some(val) = item.as_i64() else { continue };
        let id = nodes.len();
        nodes.push((val, None, None));
        if let Some((p, is_left)) = slot {
            if is_left {
                nodes[p].1 = Some(id);
            } else {
                nodes[p].2 = Some(id);
            }
        }
        slots.push_back(Some((id, true)));
        slots.push_back(Some((id, false)));
    }
    nodes
}

/// A copy of the subtree under `at`, re-indexed with its root at 0.
fn subtree(nodes: &Nodes, at: usize) -> Nodes {
    let mut out: Nodes = Vec::new();
    // (original index, parent in `out` and side)
    let mut stack: Vec<(usize, Option<(usize, bool)>)> = vec![(at, None)];
    while let Some((i, parent)) = stack.pop() {
        let id = out.len();
        out.push((nodes[i].0, None, None));
        if let Some((p, is_left)) = parent {
            if is_left {
                out[p].1 = Some(id);
            } else {
                out[p].2 = Some(id);
            }
        }
        if let Some(r) = nodes[i].2 {
            stack.push((r, Some((id, false))));
        }
        if let Some(l) = nodes[i].1 {
            stack.push((l, Some((id, true))));
        }
    }
    out
}

/// Subtree sizes (children always come after their parent in `parse`'s numbering).
fn sizes(nodes: &Nodes) -> Vec<usize> {
    let mut size = vec![1usize; nodes.len()];
    for i in (0..nodes.len()).rev() {
        for c in [nodes[i].1, nodes[i].2].into_iter().flatten() {
            size[i] += size[c];
        }
    }
    size
}

/// A left-leaning chain of `len` copies of `fill`, whose last node holds `last`.
fn chain(len: usize, fill: i64, last: i64) -> Value {
    let nodes: Nodes = (0..len)
        .map(|i| if i + 1 < len { (fill, Some(i + 1), None) } else { (last, None, None) })
        .collect();
    tree_to_level_order(&nodes)
}

/// `root` has `n` nodes (1 <= n <= 2000), `subRoot` at most 1000. Modes:
/// - "random": a random shape with values in [-2, 2] (many near misses); `subRoot`
///   is a copy of a random subtree of at most 1000 nodes, and half of the time one of
///   its values is then changed (the subtree's size is drawn uniformly);
/// - "wide": the same with values over the whole range and a complete `root`;
/// - "same": `subRoot` is all of `root` (n is capped at 1000);
/// - "deep": a zigzag path; `subRoot` is its lower part (true);
/// - "miss": left chains of zeros; `subRoot`'s last node holds 1, which `root` lacks:
///   every start position compares up to 1000 nodes and fails (false);
/// - "worst": left chains of zeros, both ending in a 1: every start position but the
///   last one compares 1000 nodes before failing; the match is the bottom of `root`.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_ROOT);
    let m = n.div_ceil(2).min(MAX_SUB);
    match mode {
        "miss" => return vec![chain(n, 0, 0), chain(m, 0, 1)],
        "worst" => return vec![chain(n, 0, 1), chain(m, 0, 1)],
        _ => {}
    }
    let n = if mode == "same" { n.min(MAX_SUB) } else { n };
    let (lo, hi) = if mode == "random" { (-2, 2) } else { (-LIM, LIM) };
    let values: Vec<i64> = (0..n).map(|_| g.int(lo, hi)).collect();
    let root = match mode {
        "wide" => json!(values),
        "deep" => random_tree(&values, 1.0, g),
        _ => random_tree(&values, 0.3, g),
    };
    let nodes = parse(&root);
    let at = match mode {
        "same" => 0,
        "deep" => n - m,
        _ => {
            let size = sizes(&nodes);
            // A target size drawn uniformly, then the smallest subtree at least that large.
            let biggest = (0..nodes.len()).map(|i| size[i]).filter(|&s| s <= MAX_SUB).max().unwrap_or(1);
            let target = g.usize(1, biggest);
            (0..nodes.len())
                .filter(|&i| size[i] >= target && size[i] <= MAX_SUB)
                .min_by_key(|&i| size[i])
                .unwrap_or(0)
        }
    };
    let mut sub = subtree(&nodes, at);
    if matches!(mode, "random" | "wide") && g.chance(0.5) {
        let i = g.usize(0, sub.len() - 1);
        let old = sub[i].0;
        let mut v = g.int(lo, hi - 1);
        if v >= old {
            v += 1;
        }
        sub[i].0 = v;
    }
    vec![root, tree_to_level_order(&sub)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (root, subRoot), got {}", input.len()));
    }
    let root = tree(&input[0], -LIM, LIM, "root")?;
    len_in(root.len(), 1, MAX_ROOT, "root (number of nodes)")?;
    let sub = tree(&input[1], -LIM, LIM, "subRoot")?;
    len_in(sub.len(), 1, MAX_SUB, "subRoot (number of nodes)")?;
    Ok(())
}
