use crate::tools::prelude::*;

const MAX: i64 = (1 << 31) - 2;

/// The single input is an even integer in [0, 2^31 - 2]; for benchmarks `n`
/// is its bit length, clamped into 0..=31 (n = 0 gives 0; the reversal always
/// takes 32 steps, so the size barely matters). Modes:
/// - "random": a random even value of exactly `n` bits;
/// - "power": the single bit 2^(n - 1) (2 when n < 2);
/// - "low-bit": 2, whose reversal is 2^30, far from any "significant bits" answer;
/// - "palindrome": a 32-bit pattern equal to its own reversal;
/// - "worst": 2^31 - 2, every allowed bit set.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let bits = n.min(31) as u32;
    let value = match mode {
        "power" => 1i64 << bits.max(2).saturating_sub(1),
        "low-bit" => 2,
        "palindrome" => {
            // Bits 1..=15 at random, mirrored onto 30..=16; bits 0 and 31 stay 0.
            let low = g.int(0, (1 << 15) - 1) << 1;
            let high = (1..16).filter(|b| (low >> b) & 1 == 1).fold(0i64, |acc, b| acc | (1i64 << (31 - b)));
            low | high
        }
        "worst" => MAX,
        _ if bits < 2 => 0,
        _ => (1i64 << (bits - 1)) | (g.int(0, (1i64 << (bits - 1)) - 1) & !1),
    };
    vec![json!(value)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (n), got {}", input.len()));
    }
    let n = int_in(&input[0], 0, MAX, "n (0 <= n <= 2^31 - 2)")?;
    if n % 2 != 0 {
        return Err(format!("n must be even, got {n}"));
    }
    Ok(())
}
