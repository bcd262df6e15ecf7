use crate::tools::prelude::*;

/// The single input is a positive integer below 2^31; for benchmarks `n` is
/// its bit length, clamped into 1..=31 (so n = 31 is the largest size). Modes:
/// - "random": a random value of exactly `n` bits (the top bit set);
/// - "all-ones": 2^n - 1, every bit set;
/// - "power": 2^(n - 1), a single bit;
/// - "alternating": the bits 1010...1 below 2^n;
/// - "worst": 2^31 - 1 whatever `n` is: 31 set bits, the most any loop over
///   the set bits can do.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let bits = n.clamp(1, 31) as u32;
    let top = 1i64 << (bits - 1);
    let value = match mode {
        "all-ones" => (1i64 << bits) - 1,
        "power" => top,
        "alternating" => (0..bits).rev().step_by(2).fold(0i64, |acc, b| acc | (1i64 << b)),
        "worst" => i64::from(i32::MAX),
        _ => top | g.int(0, top - 1),
    };
    vec![json!(value)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (n), got {}", input.len()));
    }
    int_in(&input[0], 1, i64::from(i32::MAX), "n (1 <= n <= 2^31 - 1)")?;
    Ok(())
}
