use crate::tools::prelude::*;

/// The single input is the height itself, so `n` is clamped into 1..=45 and
/// used as is. Mode "random" picks a height in 1..=n; "worst" is exactly `n`
/// (45 is the largest answer that fits in an i32 and the deepest recursion).
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, 45) as i64;
    let height = if mode == "worst" { n } else { g.int(1, n) };
    vec![json!(height)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (n), got {}", input.len()));
    }
    int_in(&input[0], 1, 45, "n")?;
    Ok(())
}
