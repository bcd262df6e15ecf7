use crate::tools::prelude::*;
use std::collections::HashMap;

/// `n` values with exactly one pair summing to the target. Other values are
/// multiples of 4 and the pair is 1 mod 4, so no second pair can hit the
/// target (which is 2 mod 4). Mode "worst" puts the pair at the very end, where
/// a pair-by-pair scan finds it last.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.max(2);
    let mut nums: Vec<i64> = (0..n - 2).map(|_| 4 * g.int(-249_999_999, 249_999_999)).collect();
    let a = 4 * g.int(-120_000_000, 120_000_000) + 1;
    let b = 4 * g.int(-120_000_000, 120_000_000) + 1;
    let (i, j) = if mode == "worst" {
        (n - 2, n - 1)
    } else {
        let i = g.usize(0, n - 1);
        let mut j = g.usize(0, n - 2);
        if j >= i {
            j += 1;
        }
        (i.min(j), i.max(j))
    };
    nums.insert(i, a);
    nums.insert(j, b);
    vec![json!(nums), json!(a + b)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    let nums = int_array(&input[0], 2, 10_000, -1_000_000_000, 1_000_000_000, "nums")?;
    let target = int_in(&input[1], -1_000_000_000, 1_000_000_000, "target")?;
    let mut count: HashMap<i64, u64> = HashMap::new();
    let mut pairs = 0u64;
    for &x in &nums {
        pairs += count.get(&(target - x)).copied().unwrap_or(0);
        *count.entry(x).or_default() += 1;
    }
    if pairs != 1 {
        return Err(format!("exactly one pair must sum to target {target}, found {pairs}"));
    }
    Ok(())
}
