use crate::tools::prelude::*;

const MAX_N: usize = 100_000;
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// A string of `n` uppercase letters (1 <= n <= 10^5) and a budget k in 0..=n.
/// Modes:
/// - "random": uniform letters, k up to n / 10;
/// - "few": letters A and B only, k up to n / 4;
/// - "blocks": runs of random letters of random lengths (1..=50), small k, so
///   the best window joins runs of one letter across gaps;
/// - "same": one letter throughout (answer n);
/// - "zero": k = 0 (the longest run), over three letters;
/// - "all": k = n (answer n);
/// - "worst": uniform letters with k = n / 2: every window is long, so a
///   solution that grows a window from every start does quadratic work.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let (s, k) = match mode {
        "few" => (g.string(n, "AB"), g.usize(0, n / 4)),
        "blocks" => {
            let mut s = String::with_capacity(n + 50);
            while s.len() < n {
                let c = g.string(1, "ABCDE");
                let len = g.usize(1, 50);
                s.push_str(&c.repeat(len));
            }
            s.truncate(n);
            (s, g.usize(0, 60.min(n)))
        }
        "same" => {
            let c = g.string(1, UPPER);
            (c.repeat(n), g.usize(0, n.min(5)))
        }
        "zero" => (g.string(n, "XYZ"), 0),
        "all" => (g.string(n, UPPER), n),
        "worst" => (g.string(n, UPPER), n / 2),
        _ => (g.string(n, UPPER), g.usize(0, n / 10)),
    };
    vec![json!(s), json!(k)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (s, k), got {}", input.len()));
    }
    let s = string(&input[0], "s")?;
    len_in(s.len(), 1, MAX_N, "s")?;
    if let Some((i, c)) = s.char_indices().find(|&(_, c)| !c.is_ascii_uppercase()) {
        return Err(format!("s[{i}] = {c:?} is not an uppercase English letter"));
    }
    int_in(&input[1], 0, s.len() as i64, "k (at most s.length)")?;
    Ok(())
}
