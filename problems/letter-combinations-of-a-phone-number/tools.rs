use crate::tools::prelude::*;

/// `n` is the number of digits, clamped into 1..=4 (benchmarks use 4, the most:
/// up to 4^4 = 256 combinations). Modes:
/// - "random": digits drawn uniformly from '2'..='9';
/// - "repeat": one digit repeated `n` times;
/// - "worst": only the four-letter keys '7' and '9', so the output is as large as it gets.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, 4);
    let digits = match mode {
        "repeat" => g.string(1, "23456789").repeat(n),
        "worst" => g.string(n, "79"),
        _ => g.string(n, "23456789"),
    };
    vec![json!(digits)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    len_in(input.len(), 1, 1, "input (digits)")?;
    let digits = string(&input[0], "digits")?;
    len_in(digits.len(), 1, 4, "digits")?;
    if let Some(c) = digits.chars().find(|c| !('2'..='9').contains(c)) {
        return Err(format!("digits = {digits:?}: {c:?} is not a digit in ['2', '9']"));
    }
    Ok(())
}
