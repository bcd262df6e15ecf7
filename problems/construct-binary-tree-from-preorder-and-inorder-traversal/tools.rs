use crate::tools::prelude::*;

/// A tree as `(value, left, right)` nodes in level order (parents before children).
type Nodes = Vec<(i64, Option<usize>, Option<usize>)>;

const MAX_N: usize = 3000;
const LIM: i64 = 3000;

/// Node indices in preorder (iterative: paths are 3000 deep).
fn preorder(nodes: &Nodes) -> Vec<usize> {
    let mut out = Vec::with_capacity(nodes.len());
    let mut stack: Vec<usize> = if nodes.is_empty() { vec![] } else { vec![0] };
    while let Some(i) = stack.pop() {
        out.push(i);
        stack.extend(nodes[i].2);
        stack.extend(nodes[i].1);
    }
    out
}

/// Node indices in inorder (iterative).
fn inorder(nodes: &Nodes) -> Vec<usize> {
    let mut out = Vec::with_capacity(nodes.len());
    let mut stack = Vec::new();
    let mut at = if nodes.is_empty() { None } else { Some(0) };
    while at.is_some() || !stack.is_empty() {
        while let Some(i) = at {
            stack.push(i);
            at = nodes[i].1;
        }
        let i = stack.pop().unwrap();
        out.push(i);
        at = nodes[i].2;
    }
    out
}

/// The preorder and inorder traversals of a tree of `n` distinct values
/// (1 <= n <= 3000, values in [-3000, 3000]). Modes:
/// - "random": each node hangs under a random node with a free slot (shallow);
/// - "deep": the same, strongly biased towards the newest node (long branches);
/// - "complete": a complete binary tree;
/// - "bst": a random shape whose inorder is sorted (a valid BST);
/// - "left" / "right": a chain hanging to one side (inorder = preorder reversed / equal);
/// - "worst": a path of n nodes turning left or right at random: the deepest
///   recursion, and a root far from its inorder neighbours at every level.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let ids: Vec<i64> = (0..n as i64).collect();
    let level = match mode {
        "deep" => random_tree(&ids, 0.9, g),
        "complete" => json!(ids),
        "left" => chain_tree(&ids, true),
        "right" => chain_tree(&ids, false),
        "worst" => random_tree(&ids, 1.0, g),
        _ => random_tree(&ids, 0.0, g),
    };
    let mut nodes = level_order_to_nodes(&level);
    let mut values = g.distinct(n, -LIM, LIM);
    let order = inorder(&nodes);
    if mode == "bst" {
        values.sort_unstable();
        for (k, &i) in order.iter().enumerate() {
            nodes[i].0 = values[k];
        }
    } else {
        for (i, v) in values.into_iter().enumerate() {
            nodes[i].0 = v;
        }
    }
    let pre: Vec<i64> = preorder(&nodes).into_iter().map(|i| nodes[i].0).collect();
    let ino: Vec<i64> = order.into_iter().map(|i| nodes[i].0).collect();
    vec![json!(pre), json!(ino)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (preorder, inorder), got {}", input.len()));
    }
    let pre = int_array(&input[0], 1, MAX_N, -LIM, LIM, "preorder")?;
    let ino = int_array(&input[1], 1, MAX_N, -LIM, LIM, "inorder")?;
    if pre.len() != ino.len() {
        return Err(format!("inorder.length ({}) != preorder.length ({})", ino.len(), pre.len()));
    }
    distinct(&pre, "preorder")?;
    distinct(&ino, "inorder")?;
    let pos: std::collections::HashMap<i64, usize> = ino.iter().enumerate().map(|(i, &v)| (v, i)).collect();
    if let Some(v) = pre.iter().find(|v| !pos.contains_key(v)) {
        return Err(format!("preorder value {v} does not appear in inorder"));
    }
    // Rebuild the tree: every preorder root must lie inside the inorder range of its
    // subtree, else the two are not the traversals of one tree.
    // Each entry: (start in preorder, start in inorder, length).
    let mut stack = vec![(0usize, 0usize, pre.len())];
    while let Some((p, i, len)) = stack.pop() {
        if len == 0 {
            continue;
        }
        let k = pos[&pre[p]];
        if k < i || k >= i + len {
            return Err(format!(
                "preorder and inorder are not traversals of the same tree: preorder[{p}] = {} must be in inorder[{i}..{}]",
                pre[p],
                i + len
            ));
        }
        let left = k - i;
        stack.push((p + 1, i, left));
        stack.push((p + 1 + left, k + 1, len - 1 - left));
    }
    Ok(())
}
