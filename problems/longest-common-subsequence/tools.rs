use crate::tools::prelude::*;

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";

/// Two lowercase strings, both of length `n` (1 <= n <= 1000) unless the mode says
/// otherwise. Modes:
/// - "random": uniform over the 26 letters;
/// - "ab": two letters only, so the answer is long and matches are everywhere;
/// - "same": two equal strings (the answer is `n`);
/// - "sub": `text1` is a random subsequence (about 2/3) of `text2`;
/// - "short": `text1` is one letter, `text2` has `n` letters;
/// - "worst": letters a-m against letters n-z: the answer is 0, no match ever
///   shortcuts a cell, and a memoised recursion visits all n * n states.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, 1000);
    let (t1, t2) = match mode {
        "ab" => (g.string(n, "ab"), g.string(n, "ab")),
        "same" => {
            let s = g.string(n, LOWER);
            (s.clone(), s)
        }
        "sub" => {
            let t2 = g.string(n, LOWER);
            let mut t1: String = t2.chars().filter(|_| g.chance(2.0 / 3.0)).collect();
            if t1.is_empty() {
                t1 = t2[..1].to_string();
            }
            (t1, t2)
        }
        "short" => (g.string(1, LOWER), g.string(n, LOWER)),
        "worst" => (g.string(n, "abcdefghijklm"), g.string(n, "nopqrstuvwxyz")),
        _ => (g.string(n, LOWER), g.string(n, LOWER)),
    };
    vec![json!(t1), json!(t2)]
}

fn word(v: &Value, what: &str) -> Result<(), String> {
    let s = string(v, what)?;
    if let Some((i, c)) = s.chars().enumerate().find(|(_, c)| !c.is_ascii_lowercase()) {
        return Err(format!("{what}[{i}] = {c:?} is not a lowercase English letter"));
    }
    len_in(s.len(), 1, 1000, what)
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (text1, text2), got {}", input.len()));
    }
    word(&input[0], "text1")?;
    word(&input[1], "text2")
}
