use crate::tools::prelude::*;

const MAX_LEN: usize = 100;

/// A number of `n` digits (clamped to 1..=100), most significant first, with no
/// leading zero. Modes:
/// - "random": uniform digits;
/// - "trailing-nines": a random prefix followed by a random run of nines (the
///   carry travels part of the way);
/// - "zeros": a one followed by zeros (no carry at all);
/// - "worst": all nines, so the carry runs through every digit and the answer
///   has one digit more.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_LEN);
    let mut digits: Vec<i64> = match mode {
        "worst" => vec![9; n],
        "zeros" => (0..n).map(|i| i64::from(i == 0)).collect(),
        "trailing-nines" => {
            let nines = g.usize(1, n);
            (0..n).map(|i| if i >= n - nines { 9 } else { g.int(0, 8) }).collect()
        }
        _ => (0..n).map(|_| g.int(0, 9)).collect(),
    };
    if n > 1 && digits[0] == 0 {
        digits[0] = g.int(1, 9);
    }
    vec![json!(digits)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (digits), got {}", input.len()));
    }
    let digits = int_array(&input[0], 1, MAX_LEN, 0, 9, "digits")?;
    if digits.len() > 1 && digits[0] == 0 {
        return Err("digits has a leading 0 (only the number 0 itself may start with 0)".to_string());
    }
    Ok(())
}
