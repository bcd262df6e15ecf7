use crate::tools::prelude::*;

const MAX_LEN: usize = 20;

/// A pattern that matches `s`, made of literals, dots, and starred characters
/// that take a run of `s` (or nothing); `None` if it came out longer than 20.
fn pattern_for(s: &[u8], alphabet: &[u8], g: &mut Gen) -> Option<String> {
    let mut p = String::new();
    let mut i = 0;
    while i < s.len() {
        if g.chance(0.08) {
            // A starred character that matches zero characters here.
            p.push(*g.pick(alphabet) as char);
            p.push('*');
        }
        match g.usize(0, 3) {
            0 => {
                p.push('.');
                i += 1;
            }
            1 => {
                // .* over the next 1 to 6 characters.
                p.push_str(".*");
                i = (i + g.usize(1, 6)).min(s.len());
            }
            2 => {
                // c* over the whole run of c starting here.
                let c = s[i];
                while i < s.len() && s[i] == c {
                    i += 1;
                }
                p.push(c as char);
                p.push('*');
            }
            _ => {
                p.push(s[i] as char);
                i += 1;
            }
        }
    }
    (1..=MAX_LEN).contains(&p.len()).then_some(p)
}

/// A random pattern of length `len` over `alphabet`, dots and valid stars.
fn random_pattern(len: usize, alphabet: &[u8], g: &mut Gen) -> String {
    let mut p = String::new();
    while p.len() < len {
        p.push(if g.chance(0.25) { '.' } else { *g.pick(alphabet) as char });
        if p.len() < len && g.chance(0.4) {
            p.push('*');
        }
    }
    p
}

/// `s` of length `n` (clamped into 1..=20; for benchmarks `n` is the length of
/// s) and a pattern of at most 20 characters. Modes:
/// - "random": s over "ab", a random pattern over "ab" with dots and stars;
/// - "match": a pattern built from s so that it matches (runs taken by x* or
///   .*, dots, skipped x*);
/// - "near": such a pattern with one character changed (usually no match);
/// - "dots": a pattern made mostly of dots and ".*";
/// - "stars-c": s = "a" * n against "a*" nine times then "c": never matches;
/// - "worst": s = "a" * (n - 1) + "b" against "a*" ten times: every way of
///   sharing the a's among the stars is a dead end (exponential without memo).
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_LEN);
    let (s, p): (String, String) = match mode {
        "worst" => ("a".repeat(n - 1) + "b", "a*".repeat(10)),
        "stars-c" => ("a".repeat(n), "a*".repeat(9) + "c"),
        "match" | "near" => {
            let s = g.string(n, "abc");
            let mut p = (0..200)
                .find_map(|_| pattern_for(s.as_bytes(), b"abc", g))
                .unwrap_or_else(|| s.clone())
                .into_bytes();
            if mode == "near" {
                let letters: Vec<usize> = (0..p.len()).filter(|&i| p[i] != b'*').collect();
                let at = *g.pick(&letters);
                p[at] = if p[at] == b'.' { b'd' } else { *g.pick(b"abc.") };
            }
            (s, String::from_utf8(p).expect("ASCII pattern"))
        }
        "dots" => {
            let s = g.string(n, "abcdefghijklmnopqrstuvwxyz");
            let len = g.usize(1, MAX_LEN);
            (s, random_pattern(len, b".", g))
        }
        _ => {
            let s = g.string(n, "ab");
            let len = g.usize(1, MAX_LEN);
            (s, random_pattern(len, b"ab", g))
        }
    };
    vec![json!(s), json!(p)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (s, p), got {}", input.len()));
    }
    let s = string(&input[0], "s")?;
    len_in(s.len(), 1, MAX_LEN, "s")?;
    if let Some((i, c)) = s.chars().enumerate().find(|(_, c)| !c.is_ascii_lowercase()) {
        return Err(format!("s[{i}] = {c:?} is not a lowercase English letter"));
    }
    let p = string(&input[1], "p")?;
    len_in(p.len(), 1, MAX_LEN, "p")?;
    let chars: Vec<char> = p.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if !(c.is_ascii_lowercase() || c == '.' || c == '*') {
            return Err(format!("p[{i}] = {c:?} is not a lowercase letter, '.' or '*'"));
        }
        if c == '*' && (i == 0 || chars[i - 1] == '*') {
            return Err(format!("p[{i}] = '*' has no valid character before it to repeat"));
        }
    }
    Ok(())
}
