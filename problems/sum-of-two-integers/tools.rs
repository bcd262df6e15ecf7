use crate::tools::prelude::*;

const LIM: i64 = 1_000;

/// Two integers in [-1000, 1000]. For benchmarks `n` bounds their magnitude
/// (clamped into 1..=1000: both values lie in [-n, n]); the work is at most 32
/// carry rounds whatever `n` is. Modes:
/// - "random": both uniform in [-n, n];
/// - "negative": both negative;
/// - "mixed-signs": one negative, one positive;
/// - "opposites": b = -a, the sum is 0;
/// - "extremes": each of a and b is -1000 or 1000;
/// - "worst": a = -1, b = 1 (or the reverse): the carry runs through all 32
///   bits before it falls off the top.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let m = n.clamp(1, LIM as usize) as i64;
    let (a, b) = match mode {
        "negative" => (g.int(-m, -1), g.int(-m, -1)),
        "mixed-signs" => {
            let (neg, pos) = (g.int(-m, -1), g.int(1, m));
            if g.chance(0.5) { (neg, pos) } else { (pos, neg) }
        }
        "opposites" => {
            let a = g.int(-m, m);
            (a, -a)
        }
        "extremes" => (*g.pick(&[-LIM, LIM]), *g.pick(&[-LIM, LIM])),
        "worst" => {
            if g.chance(0.5) {
                (-1, 1)
            } else {
                (1, -1)
            }
        }
        _ => (g.int(-m, m), g.int(-m, m)),
    };
    vec![json!(a), json!(b)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (a, b), got {}", input.len()));
    }
    int_in(&input[0], -LIM, LIM, "a")?;
    int_in(&input[1], -LIM, LIM, "b")?;
    Ok(())
}
