use crate::tools::prelude::*;

const MAX: i64 = 10_000;

/// The single input is the number itself, so `n` is clamped into 0..=10^4 and
/// bounds it (benchmarks use n = 10^4). Modes:
/// - "random": uniform in 0..=n;
/// - "power-of-five": the largest power of five up to n, or that power minus
///   one (where every extra factor of five starts to count);
/// - "worst": exactly n (the most factors of five, the most division steps).
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = (n as i64).clamp(0, MAX);
    let v = match mode {
        "power-of-five" if n >= 5 => {
            let mut p = 5;
            while p * 5 <= n {
                p *= 5;
            }
            if g.chance(0.5) { p } else { p - 1 }
        }
        "worst" => n,
        _ => g.int(0, n),
    };
    vec![json!(v)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (n), got {}", input.len()));
    }
    int_in(&input[0], 0, MAX, "n")?;
    Ok(())
}
