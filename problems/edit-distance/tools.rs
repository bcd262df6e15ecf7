use crate::tools::prelude::*;

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";

/// Two lowercase words, both of length `n` (0 <= n <= 500) unless the mode says
/// otherwise. Modes:
/// - "random": uniform over the 26 letters;
/// - "ab": two letters only (many matches, many equally good alignments);
/// - "same": two equal words (the answer is 0);
/// - "near": `word2` is `word1` after a few random edits;
/// - "empty1" / "empty2": `word1` / `word2` is empty, the other has `n` letters;
/// - "worst": letters a-m against letters n-z: no match ever lets a cell skip
///   the three-way minimum, and a memoised recursion visits all n * n states.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.min(500);
    let (w1, w2) = match mode {
        "ab" => (g.string(n, "ab"), g.string(n, "ab")),
        "same" => {
            let s = g.string(n, LOWER);
            (s.clone(), s)
        }
        "near" => {
            let w1 = g.string(n, LOWER);
            let mut w2: Vec<char> = w1.chars().collect();
            let letters: Vec<char> = LOWER.chars().collect();
            for _ in 0..(n / 20).max(1) {
                let c = *g.pick(&letters);
                match g.usize(0, 2) {
                    0 if w2.len() < 500 => {
                        let at = g.usize(0, w2.len());
                        w2.insert(at, c);
                    }
                    1 if !w2.is_empty() => {
                        let at = g.usize(0, w2.len() - 1);
                        w2.remove(at);
                    }
                    _ if !w2.is_empty() => {
                        let at = g.usize(0, w2.len() - 1);
                        w2[at] = c;
                    }
                    _ => {}
                }
            }
            (w1, w2.into_iter().collect())
        }
        "empty1" => (String::new(), g.string(n, LOWER)),
        "empty2" => (g.string(n, LOWER), String::new()),
        "worst" => (g.string(n, "abcdefghijklm"), g.string(n, "nopqrstuvwxyz")),
        _ => (g.string(n, LOWER), g.string(n, LOWER)),
    };
    vec![json!(w1), json!(w2)]
}

fn word(v: &Value, what: &str) -> Result<(), String> {
    let s = string(v, what)?;
    if let Some((i, c)) = s.chars().enumerate().find(|(_, c)| !c.is_ascii_lowercase()) {
        return Err(format!("{what}[{i}] = {c:?} is not a lowercase English letter"));
    }
    len_in(s.len(), 0, 500, what)
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (word1, word2), got {}", input.len()));
    }
    word(&input[0], "word1")?;
    word(&input[1], "word2")
}
