use crate::tools::prelude::*;

/// The single input is any i32; for benchmarks `n` is the bit length of its
/// magnitude, clamped into 1..=31 (every check is O(1) or O(31) anyway). Modes:
/// - "random": a random value of that bit length, either sign;
/// - "power": 2^(n - 1), a power of two;
/// - "near-power": 2^(n - 1) + 1 or 2^(n - 1) - 1 (a power itself only for tiny n);
/// - "negative-power": -2^(n - 1), one set bit's magnitude but negative;
/// - "min": -2^31, a single set bit in two's complement;
/// - "zero": 0;
/// - "worst": 2^30, the most halvings.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let bits = n.clamp(1, 31) as u32;
    let top = 1i64 << (bits - 1);
    let value = match mode {
        "power" => top,
        "near-power" => {
            if g.chance(0.5) {
                top + 1
            } else {
                top - 1
            }
        }
        "negative-power" => -top,
        "min" => i64::from(i32::MIN),
        "zero" => 0,
        "worst" => 1 << 30,
        _ => {
            let v = top | g.int(0, top - 1);
            if g.chance(0.5) { v } else { -v }
        }
    };
    vec![json!(value)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (n), got {}", input.len()));
    }
    int_in(&input[0], i64::from(i32::MIN), i64::from(i32::MAX), "n (-2^31 <= n <= 2^31 - 1)")?;
    Ok(())
}
