//! What a problem's `tools.rs` sees: JSON values, a seeded generator and
//! validation helpers. Problem tools are compiled into the judge (see
//! `judge/build.rs`), so generating a max-size input costs no process spawn.

pub use serde_json::{Value, json};

use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// A seeded, value-stable random source (ChaCha8) with the helpers generators need.
pub struct Gen {
    rng: ChaCha8Rng,
}

impl Gen {
    pub fn new(seed: u64) -> Self {
        Gen { rng: ChaCha8Rng::seed_from_u64(seed) }
    }

    /// A uniform integer in `lo..=hi`.
    pub fn int(&mut self, lo: i64, hi: i64) -> i64 {
        self.rng.gen_range(lo..=hi)
    }

    /// A uniform `i32` in `lo..=hi`.
    pub fn i32(&mut self, lo: i32, hi: i32) -> i32 {
        self.rng.gen_range(lo..=hi)
    }

    /// A uniform `usize` in `lo..=hi`.
    pub fn usize(&mut self, lo: usize, hi: usize) -> usize {
        self.rng.gen_range(lo..=hi)
    }

    /// `true` with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.rng.gen_bool(p.clamp(0.0, 1.0))
    }

    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        items.shuffle(&mut self.rng);
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.rng.gen_range(0..items.len())]
    }

    /// `len` characters drawn from `alphabet`.
    pub fn string(&mut self, len: usize, alphabet: &str) -> String {
        let chars: Vec<char> = alphabet.chars().collect();
        (0..len).map(|_| *self.pick(&chars)).collect()
    }

    /// `n` distinct integers in `lo..=hi`, in random order (needs `hi - lo + 1 >= n`).
    pub fn distinct(&mut self, n: usize, lo: i64, hi: i64) -> Vec<i64> {
        assert!((hi - lo + 1) as u128 >= n as u128, "range too small for {n} distinct values");
        let mut seen = std::collections::HashSet::with_capacity(n);
        let mut out = Vec::with_capacity(n);
        while out.len() < n {
            let v = self.int(lo, hi);
            if seen.insert(v) {
                out.push(v);
            }
        }
        out
    }

    /// The underlying RNG, for anything the helpers do not cover.
    pub fn rng(&mut self) -> &mut ChaCha8Rng {
        &mut self.rng
    }
}

/// A binary tree in LeetCode's level-order form (`null` for a missing child,
/// trailing `null`s trimmed) from a shape given as `(value, left, right)` nodes:
/// `nodes[i] = (val, left child index, right child index)`, root at index 0.
pub fn tree_to_level_order(nodes: &[(i64, Option<usize>, Option<usize>)]) -> Value {
    tree_to_level_order_from(nodes, 0)
}

/// `tree_to_level_order` with the root at index `root` (after a rotation, say).
pub fn tree_to_level_order_from(nodes: &[(i64, Option<usize>, Option<usize>)], root: usize) -> Value {
    if nodes.is_empty() {
        return json!([]);
    }
    let mut out: Vec<Value> = Vec::new();
    let mut queue = std::collections::VecDeque::from([Some(root)]);
    while let Some(slot) = queue.pop_front() {
        match slot {
            None => out.push(Value::Null),
            Some(i) => {
                let (val, left, right) = nodes[i];
                out.push(json!(val));
                queue.push_back(left);
                queue.push_back(right);
            }
        }
    }
    while out.last() == Some(&Value::Null) {
        out.pop();
    }
    Value::Array(out)
}

/// The inverse of `tree_to_level_order`: the `(value, left, right)` nodes of a
/// level-order tree, numbered in the order they appear (root at 0). The
/// parent of entry `i >= 1` is the `(i - 1) / 2`-th non-null entry.
pub fn level_order_to_nodes(level: &Value) -> Vec<(i64, Option<usize>, Option<usize>)> {
    let items = level.as_array().cloned().unwrap_or_default();
    let mut nodes: Vec<(i64, Option<usize>, Option<usize>)> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(v) = item.as_i64() else { continue };
        let id = nodes.len();
        nodes.push((v, None, None));
        if i > 0 {
            let parent = (i - 1) / 2;
            if i % 2 == 1 {
                nodes[parent].1 = Some(id);
            } else {
                nodes[parent].2 = Some(id);
            }
        }
    }
    nodes
}

/// A chain of `values`: every node hangs on the left (or right) of the previous one.
pub fn chain_tree(values: &[i64], left: bool) -> Value {
    let nodes: Vec<(i64, Option<usize>, Option<usize>)> = values
        .iter()
        .enumerate()
        .map(|(i, &v)| {
            let next = if i + 1 < values.len() { Some(i + 1) } else { None };
            if left { (v, next, None) } else { (v, None, next) }
        })
        .collect();
    tree_to_level_order(&nodes)
}

/// A random binary tree with the given values (in BFS-attachment order): each new
/// node hangs under a random node that still has a free child slot. `skew` in
/// `0.0..=1.0` biases towards attaching under the most recent node (1.0 = a path).
pub fn random_tree(values: &[i64], skew: f64, g: &mut Gen) -> Value {
    tree_to_level_order(&random_tree_nodes(values, skew, g))
}

/// `random_tree` as `(value, left, right)` nodes, root at index 0, for
/// generators that reshape a tree before writing it out.
pub fn random_tree_nodes(values: &[i64], skew: f64, g: &mut Gen) -> Vec<(i64, Option<usize>, Option<usize>)> {
    let mut nodes: Vec<(i64, Option<usize>, Option<usize>)> = Vec::with_capacity(values.len());
    let mut open: Vec<usize> = Vec::new(); // nodes with a free child slot
    for (i, &v) in values.iter().enumerate() {
        nodes.push((v, None, None));
        if i > 0 {
            let at = if g.chance(skew) { open.len() - 1 } else { g.usize(0, open.len() - 1) };
            let parent = open[at];
            let go_left = if nodes[parent].1.is_none() && nodes[parent].2.is_none() {
                g.chance(0.5)
            } else {
                nodes[parent].1.is_none()
            };
            if go_left {
                nodes[parent].1 = Some(i);
            } else {
                nodes[parent].2 = Some(i);
            }
            if nodes[parent].1.is_some() && nodes[parent].2.is_some() {
                open.remove(at);
            }
        }
        open.push(i);
    }
    nodes
}

/// A binary search tree holding `sorted` (ascending, distinct), with random shape:
/// the root of each range is picked at random, or at the left end with
/// probability `skew` (1.0 = a right-leaning path).
pub fn random_bst(sorted: &[i64], skew: f64, g: &mut Gen) -> Value {
    let mut nodes: Vec<(i64, Option<usize>, Option<usize>)> = Vec::with_capacity(sorted.len());
    // Explicit stack instead of recursion: skewed trees are 10^5 deep.
    // Each entry: the range lo..hi to place, and (parent index, is left child).
    type Pending = (usize, usize, Option<(usize, bool)>);
    let mut stack: Vec<Pending> = vec![(0, sorted.len(), None)];
    while let Some((lo, hi, parent)) = stack.pop() {
        if lo >= hi {
            continue;
        }
        let mid = if g.chance(skew) { lo } else { g.usize(lo, hi - 1) };
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
    // Node 0 is the root; re-index is not needed because tree_to_level_order walks from 0.
    tree_to_level_order(&nodes)
}

// ---------------------------------------------------------------- validation

/// `v` as an array, or an error naming `what`.
pub fn array<'a>(v: &'a Value, what: &str) -> Result<&'a Vec<Value>, String> {
    v.as_array().ok_or_else(|| format!("{what} must be an array, got {}", crate::report::shorten(&v.to_string(), 40)))
}

/// `v` as an integer in `lo..=hi`.
pub fn int_in(v: &Value, lo: i64, hi: i64, what: &str) -> Result<i64, String> {
    let x = v
        .as_i64()
        .ok_or_else(|| format!("{what} must be an integer, got {}", crate::report::shorten(&v.to_string(), 40)))?;
    if x < lo || x > hi {
        return Err(format!("{what} = {x} is outside [{lo}, {hi}]"));
    }
    Ok(x)
}

/// `v` as a string.
pub fn string<'a>(v: &'a Value, what: &str) -> Result<&'a str, String> {
    v.as_str().ok_or_else(|| format!("{what} must be a string, got {}", crate::report::shorten(&v.to_string(), 40)))
}

/// Checks that a length lies in `lo..=hi`.
pub fn len_in(len: usize, lo: usize, hi: usize, what: &str) -> Result<(), String> {
    if len < lo || len > hi {
        return Err(format!("{what} has length {len}, outside [{lo}, {hi}]"));
    }
    Ok(())
}

/// An array of integers, each in `lo..=hi`, with length in `len_lo..=len_hi`.
pub fn int_array(v: &Value, len_lo: usize, len_hi: usize, lo: i64, hi: i64, what: &str) -> Result<Vec<i64>, String> {
    let items = array(v, what)?;
    len_in(items.len(), len_lo, len_hi, what)?;
    items.iter().enumerate().map(|(i, x)| int_in(x, lo, hi, &format!("{what}[{i}]"))).collect()
}

/// A tree in level-order form, checked for shape (every non-null entry owns the
/// next two child slots; no trailing nulls; the root is not null), returned as
/// `(values in level order, parent of each node)`.
pub fn tree(v: &Value, lo: i64, hi: i64, what: &str) -> Result<Vec<i64>, String> {
    let items = array(v, what)?;
    if items.is_empty() {
        return Ok(vec![]);
    }
    if items[0].is_null() {
        return Err(format!("{what}: the root is null; an empty tree is written []"));
    }
    if items.last().is_some_and(Value::is_null) {
        return Err(format!("{what}: trailing nulls must be trimmed"));
    }
    let mut values = Vec::new();
    let mut slots = 1usize; // child slots opened by non-null nodes so far (root counts as one)
    for (i, item) in items.iter().enumerate() {
        if i >= slots {
            return Err(format!("{what}[{i}] has no parent: too many entries for the tree's shape"));
        }
        if !item.is_null() {
            values.push(int_in(item, lo, hi, &format!("{what}[{i}]"))?);
            slots += 2;
        }
    }
    Ok(values)
}

/// Checks that a level-order tree (`root[i]` entries) is a binary search tree:
/// every value strictly between the bounds its ancestors set.
pub fn bst_order(items: &[Value]) -> Result<(), String> {
    let mut slots: std::collections::VecDeque<(Option<i64>, Option<i64>)> =
        std::collections::VecDeque::from([(None, None)]);
    for (i, item) in items.iter().enumerate() {
        let (lo, hi) = slots.pop_front().ok_or_else(|| format!("root[{i}] has no parent"))?;
        let Some(v) = item.as_i64() else { continue };
        if lo.is_some_and(|lo| v <= lo) || hi.is_some_and(|hi| v >= hi) {
            let bound = |b: Option<i64>, inf: &str| b.map_or(inf.to_string(), |b| b.to_string());
            return Err(format!(
                "root[{i}] = {v} breaks the BST order: it must lie strictly between {} and {}",
                bound(lo, "-inf"),
                bound(hi, "+inf")
            ));
        }
        slots.push_back((lo, Some(v)));
        slots.push_back((Some(v), hi));
    }
    Ok(())
}

/// Checks that all values are distinct.
pub fn distinct(values: &[i64], what: &str) -> Result<(), String> {
    let mut seen = std::collections::HashSet::with_capacity(values.len());
    for v in values {
        if !seen.insert(v) {
            return Err(format!("{what}: value {v} appears more than once"));
        }
    }
    Ok(())
}
