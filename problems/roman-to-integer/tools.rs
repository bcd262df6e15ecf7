use crate::tools::prelude::*;

const MAX_LEN: usize = 15;
const MAX_VALUE: i64 = 3999;

/// The standard Roman numeral of `v` (1..=3999).
fn to_roman(mut v: i64) -> String {
    const TABLE: [(i64, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for &(k, sym) in &TABLE {
        while v >= k {
            out.push_str(sym);
            v -= k;
        }
    }
    out
}

/// A valid numeral of at most `n` symbols (`n` clamped into 1..=15; the
/// work is one step per symbol). Modes:
/// - "random": a uniform value in 1..=3999 whose numeral fits in `n` symbols;
/// - "subtractive": every decimal digit is 4 or 9 (CD, XC, IX, ...), so most
///   symbols are subtracted;
/// - "additive": every decimal digit is 1, 2, 3, 5, 6, 7 or 8 (no subtraction);
/// - "worst": the longest numeral that fits in `n` symbols (3888 =
///   MMMDCCCLXXXVIII for `n` = 15).
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_LEN);
    let fits = |v: i64| to_roman(v).len() <= n;
    let digit_value = |g: &mut Gen, choices: &[i64]| {
        loop {
            let v = (0..4).fold(0, |acc, place| {
                let top = if place == 0 { [0, 1, 2, 3][g.usize(0, 3)] } else { *g.pick(choices) };
                acc * 10 + top
            });
            if (1..=MAX_VALUE).contains(&v) && fits(v) {
                return v;
            }
        }
    };
    let v = match mode {
        "subtractive" => digit_value(g, &[0, 4, 9]),
        "additive" => digit_value(g, &[0, 1, 2, 3, 5, 6, 7, 8]),
        "worst" => (1..=MAX_VALUE)
            .filter(|&v| fits(v))
            .max_by_key(|&v| to_roman(v).len())
            .unwrap_or(1),
        _ => loop {
            let v = g.int(1, MAX_VALUE);
            if fits(v) {
                break v;
            }
        },
    };
    vec![json!(to_roman(v))]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (s), got {}", input.len()));
    }
    let s = string(&input[0], "s")?;
    len_in(s.len(), 1, MAX_LEN, "s")?;
    if let Some((i, c)) = s.char_indices().find(|&(_, c)| !"IVXLCDM".contains(c)) {
        return Err(format!("s[{i}] = {c:?} is not one of I, V, X, L, C, D, M"));
    }
    // A valid numeral is the standard spelling of its value (1..=3999).
    if !(1..=MAX_VALUE).any(|v| to_roman(v) == s) {
        return Err(format!("s = {s:?} is not a valid Roman numeral in the range [1, 3999]"));
    }
    Ok(())
}
