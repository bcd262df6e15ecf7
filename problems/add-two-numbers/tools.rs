use crate::tools::prelude::*;

const MAX_LEN: usize = 100;

/// `len` random digits, least significant first, with no leading zero (the
/// last digit is non-zero unless the number is the single digit 0).
fn number(len: usize, g: &mut Gen) -> Vec<i64> {
    let mut d: Vec<i64> = (0..len).map(|_| g.int(0, 9)).collect();
    if len > 1 {
        d[len - 1] = g.int(1, 9);
    }
    d
}

/// Two numbers; `n` is the length of the longer one (clamped to 1..=100). Modes:
/// - "random": the other one has a random length in 1..=n, random digits;
/// - "equal-length": both have exactly `n` digits;
/// - "zero": one operand is the number 0;
/// - "worst": `n` nines plus a shorter number: the carry runs through every
///   digit and adds a final node (the result has n + 1 digits);
/// - "carry-chain": `n` nines plus the number 1.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_LEN);
    let (a, b) = match mode {
        "equal-length" => (number(n, g), number(n, g)),
        "zero" => (number(n, g), vec![0]),
        "worst" => {
            let m = g.usize(1, n);
            (vec![9; n], number(m, g).into_iter().map(|d| d.max(1)).collect())
        }
        "carry-chain" => (vec![9; n], vec![1]),
        _ => {
            let m = g.usize(1, n);
            (number(n, g), number(m, g))
        }
    };
    if g.chance(0.5) {
        vec![json!(a), json!(b)]
    } else {
        vec![json!(b), json!(a)]
    }
}

fn digits(v: &Value, what: &str) -> Result<(), String> {
    let d = int_array(v, 1, MAX_LEN, 0, 9, what)?;
    if d.len() > 1 && d[d.len() - 1] == 0 {
        return Err(format!("{what} has a leading zero: its last node (the most significant digit) is 0"));
    }
    Ok(())
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (l1, l2), got {}", input.len()));
    }
    digits(&input[0], "l1")?;
    digits(&input[1], "l2")?;
    Ok(())
}
