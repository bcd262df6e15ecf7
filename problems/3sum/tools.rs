use crate::tools::prelude::*;

const LIM: i64 = 100_000;

/// `n` integers (3 <= n <= 3000) in [-10^5, 10^5]. Modes:
/// - "random": uniform over the whole range (about 1.6 * 10^4 triplets at n = 3000);
/// - "dense": uniform in [-50, 50], so almost every value is repeated many times
///   and duplicate triplets must be skipped everywhere;
/// - "zeros": all zeros (exactly one triplet);
/// - "many": distinct values packed into [-10^4, 10^4] (about 1.7 * 10^5 triplets);
/// - "worst": distinct values, two thirds negative: no duplicate to skip, and the
///   outer loop cannot stop early (a negative value stays at almost every position).
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(3, 3000);
    let nums: Vec<i64> = match mode {
        "dense" => (0..n).map(|_| g.int(-50, 50)).collect(),
        "zeros" => vec![0; n],
        "many" => g.distinct(n, -10_000, 10_000),
        "worst" => {
            let neg = (2 * n) / 3;
            let mut v = g.distinct(neg, -LIM, -1);
            v.extend(g.distinct(n - neg, 1, LIM));
            g.shuffle(&mut v);
            v
        }
        _ => (0..n).map(|_| g.int(-LIM, LIM)).collect(),
    };
    vec![json!(nums)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (nums), got {}", input.len()));
    }
    int_array(&input[0], 3, 3000, -LIM, LIM, "nums")?;
    Ok(())
}
