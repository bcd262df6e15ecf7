use crate::tools::prelude::*;

const MAX_N: usize = 10_000;
const LIMIT: i64 = 1000;

/// A tree of `n` nodes (0 allowed). Modes: "random" (random shape),
/// "bushy" (random shape biased towards the most recent nodes: deeper,
/// fewer leaves), "complete" (level order without gaps), "path" (a path
/// turning left or right at random), "negative" (random shape, values in
/// -1000..=-100), "small" (values in -1..=1: many repeats), and "worst": a
/// path n levels deep whose values are all 4-5 characters long (-1000..=-100),
/// the deepest recursion and the longest serialized text.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.min(MAX_N);
    let (lo, hi) = match mode {
        "negative" | "worst" => (-LIMIT, -100),
        "small" => (-1, 1),
        _ => (-LIMIT, LIMIT),
    };
    let values: Vec<i64> = (0..n).map(|_| g.int(lo, hi)).collect();
    let tree = match mode {
        "complete" => json!(values),
        "path" | "worst" => random_tree(&values, 1.0, g),
        "bushy" => random_tree(&values, 0.5, g),
        _ => random_tree(&values, 0.0, g),
    };
    vec![tree]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    len_in(input.len(), 1, 1, "input (root)")?;
    let values = tree(&input[0], -LIMIT, LIMIT, "root")?;
    len_in(values.len(), 0, MAX_N, "the tree (number of nodes)")?;
    Ok(())
}
