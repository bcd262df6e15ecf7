use crate::tools::prelude::*;

const MAX_LEN: usize = 7;
const MAX_VALUE: i64 = i32::MAX as i64; // "FXSHRXW"

fn title(mut v: i64) -> String {
    let mut out = Vec::new();
    while v > 0 {
        v -= 1;
        out.push(b'A' + (v % 26) as u8);
        v /= 26;
    }
    out.reverse();
    String::from_utf8(out).expect("letters are ASCII")
}

/// The smallest and largest column numbers with `len` letters (the largest
/// capped at 2^31 - 1).
fn range(len: usize) -> (i64, i64) {
    let (mut lo, mut hi) = (0i64, 0i64);
    for _ in 0..len {
        lo = lo * 26 + 1;
        hi = hi * 26 + 26;
    }
    (lo, hi.min(MAX_VALUE))
}

/// A title of `n` letters (clamped to 1..=7). Modes:
/// - "random": a uniform column number among those with `n` letters (7-letter
///   titles stay at or below "FXSHRXW" = 2^31 - 1);
/// - "all-a": "AA...A", the smallest title of that length;
/// - "all-z": "ZZ...Z" (the digit 26 everywhere; capped at "FXSHRXW" for 7);
/// - "worst": the largest title of that length: "FXSHRXW" (exactly i32::MAX)
///   at full size.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_LEN);
    let (lo, hi) = range(n);
    let v = match mode {
        "all-a" => lo,
        "all-z" | "worst" => hi,
        _ => g.int(lo, hi),
    };
    vec![json!(title(v))]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (columnTitle), got {}", input.len()));
    }
    let s = string(&input[0], "columnTitle")?;
    len_in(s.len(), 1, MAX_LEN, "columnTitle")?;
    if let Some(c) = s.chars().find(|c| !c.is_ascii_uppercase()) {
        return Err(format!("columnTitle contains {c:?}: only uppercase English letters are allowed"));
    }
    let value = s.bytes().fold(0i64, |acc, b| acc * 26 + i64::from(b - b'A' + 1));
    if value > MAX_VALUE {
        return Err(format!("columnTitle {s:?} = {value} is beyond \"FXSHRXW\" (2^31 - 1)"));
    }
    Ok(())
}
