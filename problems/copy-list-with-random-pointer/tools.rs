use crate::tools::prelude::*;

const MAX_N: usize = 1000;
const MAX_V: i64 = 10_000;

/// A list of `n` nodes (clamped to 0..=1000) as `[val, random_index or null]`
/// pairs. Modes:
/// - "random": random values, each random pointer null one time in five,
///   otherwise at a random node;
/// - "null": every random pointer is null;
/// - "self": every node's random pointer is the node itself;
/// - "backward" / "forward": every random pointer goes to an earlier / a later
///   (or the same) node;
/// - "dups": values from {-1, 0, 1}, so nodes cannot be told apart by value;
/// - "worst": equal values and every random pointer set, at a random node: the
///   most pointers to copy, and only node identity tells the targets apart.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.min(MAX_N);
    let vals: Vec<i64> = match mode {
        "dups" => (0..n).map(|_| g.int(-1, 1)).collect(),
        "worst" => vec![g.int(-MAX_V, MAX_V); n],
        _ => (0..n).map(|_| g.int(-MAX_V, MAX_V)).collect(),
    };
    let nodes: Vec<Value> = (0..n)
        .map(|i| {
            let random = match mode {
                "null" => None,
                "self" => Some(i),
                "backward" => Some(g.usize(0, i)),
                "forward" => Some(g.usize(i, n - 1)),
                "worst" => Some(g.usize(0, n - 1)),
                _ => {
                    if g.chance(0.2) {
                        None
                    } else {
                        Some(g.usize(0, n - 1))
                    }
                }
            };
            json!([vals[i], random])
        })
        .collect();
    vec![Value::Array(nodes)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (head), got {}", input.len()));
    }
    let nodes = array(&input[0], "head")?;
    len_in(nodes.len(), 0, MAX_N, "head (number of nodes)")?;
    for (i, node) in nodes.iter().enumerate() {
        let pair = array(node, &format!("head[{i}]"))?;
        if pair.len() != 2 {
            return Err(format!("head[{i}] must be a pair [val, random_index or null], got {} entries", pair.len()));
        }
        int_in(&pair[0], -MAX_V, MAX_V, &format!("head[{i}] (Node.val)"))?;
        if !pair[1].is_null() {
            let last = nodes.len() as i64 - 1;
            int_in(&pair[1], 0, last, &format!("head[{i}] (random_index: null or a node of the list)"))?;
        }
    }
    Ok(())
}
