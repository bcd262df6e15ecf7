use crate::tools::prelude::*;

const ALNUM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/// A string of `n` letters and digits (1 <= n <= 1000).
/// Modes:
/// - "random": uniform over letters and digits (the answer is short);
/// - "ab": two letters only, so palindromes of many lengths overlap;
/// - "embedded" / "embedded-even": random noise with one long palindrome
///   (odd / even length, about half the string) at a random place;
/// - "spike": one character repeated, with a single other character near
///   the middle (a long run that is almost, but not quite, centred);
/// - "worst": one character repeated `n` times: every center expands to the
///   border, so expand-around-center does its full quadratic work.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, 1000);
    let s: String = match mode {
        "worst" => {
            let c = g.string(1, ALNUM);
            c.repeat(n)
        }
        "ab" => g.string(n, "ab"),
        "spike" => {
            let c = g.string(1, "abcdefghijklmnopqrstuvwxyz");
            let mut v: Vec<char> = c.repeat(n).chars().collect();
            let at = n / 2 + g.usize(0, 3).min(n - 1 - n / 2);
            v[at] = 'Z';
            v.into_iter().collect()
        }
        "embedded" | "embedded-even" => {
            let mut v: Vec<char> = g.string(n, ALNUM).chars().collect();
            let even = mode == "embedded-even";
            let half = (n / 4).max(1);
            let len = if even { 2 * half } else { 2 * half - 1 };
            if len <= n {
                let start = g.usize(0, n - len);
                for k in 0..half {
                    let c = v[start + k];
                    v[start + len - 1 - k] = c;
                }
            }
            v.into_iter().collect()
        }
        _ => g.string(n, ALNUM),
    };
    vec![json!(s)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (s), got {}", input.len()));
    }
    let s = string(&input[0], "s")?;
    if let Some((i, c)) = s.chars().enumerate().find(|(_, c)| !c.is_ascii_alphanumeric()) {
        return Err(format!("s[{i}] = {c:?} is not an English letter or a digit"));
    }
    len_in(s.len(), 1, 1000, "s")?;
    Ok(())
}
