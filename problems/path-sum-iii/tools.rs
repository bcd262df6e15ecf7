use crate::tools::prelude::*;

const MAX_N: usize = 1000;
const LIM: i64 = 1_000_000_000;
const TARGET: i64 = 1000;
/// 2^32 - 4 * 10^9: four nodes of 10^9 and one of this sum to exactly 2^32.
const WRAP: i64 = (1i64 << 32) - 4 * LIM;

/// A tree of `n` nodes (0 <= n <= 1000), values in [-10^9, 10^9], and a target in
/// [-1000, 1000]. Modes:
/// - "random": values uniform over the whole range (almost no path hits the target);
/// - "small": values in [-3, 3] and a small target: many paths hit;
/// - "zeros": every value 0 and target 0: every downward path counts;
/// - "cancel": values of +-10^9 mixed with small ones, so long paths cancel back into
///   the target's range (sums need 64 bits on the way);
/// - "overflow": a zigzag path repeating 10^9, 10^9, 10^9, 10^9, 2^32 - 4 * 10^9 with
///   a few zeros and target 0: many windows sum to a multiple of 2^32, which a 32-bit
///   sum mistakes for 0;
/// - "deep" / "complete" / "left" / "right": that shape with small values;
/// - "worst": a zigzag path of n small values (the deepest recursion, the most
///   matching paths for a naive walk).
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.min(MAX_N);
    let mut target = g.int(-3, 3);
    let values: Vec<i64> = match mode {
        "small" | "deep" | "complete" | "left" | "right" | "worst" => (0..n).map(|_| g.int(-3, 3)).collect(),
        "zeros" => {
            target = 0;
            vec![0; n]
        }
        "cancel" => (0..n)
            .map(|_| match g.usize(0, 2) {
                0 => LIM - g.int(0, 2),
                1 => -LIM + g.int(0, 2),
                _ => g.int(-3, 3),
            })
            .collect(),
        "overflow" => {
            target = 0;
            let block = [LIM, LIM, LIM, LIM, WRAP];
            let mut v = Vec::with_capacity(n);
            let mut k = 0;
            while v.len() < n {
                if g.chance(0.05) {
                    v.push(0);
                } else {
                    v.push(block[k % 5]);
                    k += 1;
                }
            }
            v
        }
        _ => {
            target = g.int(-TARGET, TARGET);
            (0..n).map(|_| g.int(-LIM, LIM)).collect()
        }
    };
    let root = match mode {
        "deep" => random_tree(&values, 0.9, g),
        "complete" => json!(values),
        "left" => chain_tree(&values, true),
        "right" => chain_tree(&values, false),
        "overflow" | "worst" => random_tree(&values, 1.0, g),
        _ => random_tree(&values, 0.0, g),
    };
    vec![root, json!(target)]
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
