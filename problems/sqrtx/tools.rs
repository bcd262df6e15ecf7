use crate::tools::prelude::*;

const MAX: i64 = i32::MAX as i64;
const MAX_ROOT: i64 = 46_340; // floor(sqrt(2^31 - 1))

/// The single input is a number, so `n` is its upper bound: it is clamped into
/// 0..=2^31 - 1 and x is drawn from 0..=n (benchmarks use n = 2^31 - 1; a good
/// solution's work grows with the bit length). Modes:
/// - "random": uniform in 0..=n;
/// - "square": a perfect square k^2 <= n;
/// - "below-square": k^2 - 1 for a random k (the answer is k - 1, where rounding
///   and off-by-one errors show);
/// - "worst": x = n itself (2^31 - 1 at full size: mid * mid overflows an i32).
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = (n as i64).clamp(0, MAX);
    let root = {
        let mut r = 0;
        while (r + 1) * (r + 1) <= n {
            r += 1;
        }
        r
    };
    let x = match mode {
        "square" => {
            let k = g.int(0, root);
            k * k
        }
        "below-square" if root >= 1 => {
            let k = g.int(1, root.min(MAX_ROOT));
            k * k - 1
        }
        "worst" => n,
        _ => g.int(0, n),
    };
    vec![json!(x)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (x), got {}", input.len()));
    }
    int_in(&input[0], 0, MAX, "x")?;
    Ok(())
}
