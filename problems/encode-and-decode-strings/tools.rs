use crate::tools::prelude::*;

const MAX_STRS: usize = 200;
const MAX_LEN: usize = 200;

/// A character with code `lo..=hi` (all of 0..=255 are allowed).
fn ch(g: &mut Gen, lo: u32, hi: u32) -> char {
    char::from_u32(g.int(lo as i64, hi as i64) as u32).unwrap()
}

/// `n` strings (clamped to 1..=200). Modes:
/// - "random": lengths 0..=200, characters 0..=255;
/// - "ascii": characters 0..=127 only;
/// - "special": characters from "#/\\\"0123456789 ,:\n\t" and NUL, so
///   delimiters and digits are everywhere (strings often start with digits);
/// - "empty": most strings empty, some one character long;
/// - "high": characters 128..=255 only (two UTF-8 bytes each);
/// - "worst": 200 strings of 200 characters 128..=255 (the longest encoding).
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_STRS);
    let specials: Vec<char> = "#/\\\"0123456789 ,:\n\t\u{0}".chars().collect();
    let strs: Vec<String> = (0..n)
        .map(|_| {
            let len = match mode {
                "worst" => MAX_LEN,
                "empty" => usize::from(g.chance(0.3)),
                _ => g.usize(0, MAX_LEN),
            };
            (0..len)
                .map(|_| match mode {
                    "ascii" => ch(g, 0, 127),
                    "special" => *g.pick(&specials),
                    "empty" => ch(g, 0, 255),
                    "high" | "worst" => ch(g, 128, 255),
                    _ => ch(g, 0, 255),
                })
                .collect()
        })
        .collect();
    vec![json!(strs)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    len_in(input.len(), 1, 1, "input (strs)")?;
    let strs = array(&input[0], "strs")?;
    len_in(strs.len(), 1, MAX_STRS, "strs")?;
    for (i, s) in strs.iter().enumerate() {
        let what = format!("strs[{i}]");
        let s = string(s, &what)?;
        len_in(s.chars().count(), 0, MAX_LEN, &what)?;
        if let Some(c) = s.chars().find(|&c| c as u32 > 255) {
            return Err(format!("{what}: character U+{:04X} is not one of the 256 ASCII characters", c as u32));
        }
    }
    Ok(())
}
