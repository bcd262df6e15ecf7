use crate::tools::prelude::*;
use std::collections::HashSet;

const DICT_MAX: usize = 1000;

/// Adds random words of length 1..=20 over `alphabet` (filtered by `keep`)
/// until the dictionary holds `count` distinct words.
fn fill(dict: &mut Vec<String>, seen: &mut HashSet<String>, count: usize, alphabet: &str, keep: fn(&str) -> bool, g: &mut Gen) {
    while dict.len() < count {
        let len = g.usize(1, 20);
        let w = g.string(len, alphabet);
        if keep(&w) && seen.insert(w.clone()) {
            dict.push(w);
        }
    }
}

/// `s` of length `n` (1 <= n <= 300) and 1000 distinct words. Modes:
/// - "random": 999 random words over "abcde"; `s` is a concatenation of
///   dictionary words, closed by a word of exactly the missing length (added
///   if needed), so the answer is true;
/// - "late-fail": the same, with the last letter replaced by 'z', which no word
///   contains: false, but only the last position shows it;
/// - "a-runs": words a, aa, ..., a^20 and "b" plus random words; `s` is runs of
///   'a' (up to 40 long) separated by single 'b's: true, with very many splits;
/// - "worst": `s` = a^(n-1) b against a, aa, ..., a^20 plus 980 words that all
///   contain 'c' (never matching): every position is reachable and every length
///   is tried everywhere, yet the answer is false.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, 300);
    let mut dict: Vec<String> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let s: String = match mode {
        "worst" | "a-runs" => {
            for k in 1..=20 {
                dict.push("a".repeat(k));
                seen.insert("a".repeat(k));
            }
            if mode == "worst" {
                fill(&mut dict, &mut seen, DICT_MAX, "abc", |w| w.contains('c'), g);
                let mut s = "a".repeat(n - 1);
                s.push('b');
                s
            } else {
                dict.push("b".to_string());
                seen.insert("b".to_string());
                fill(&mut dict, &mut seen, DICT_MAX, "abc", |w| w.contains('c'), g);
                let mut s = String::new();
                while s.len() < n {
                    let run = g.usize(1, 40).min(n - s.len());
                    s.push_str(&"a".repeat(run));
                    if s.len() < n {
                        s.push('b');
                    }
                }
                s
            }
        }
        _ => {
            fill(&mut dict, &mut seen, DICT_MAX - 1, "abcde", |_| true, g);
            let mut s = String::new();
            loop {
                let w = g.pick(&dict).clone();
                if s.len() + w.len() > n {
                    break;
                }
                s.push_str(&w);
            }
            let missing = n - s.len();
            if missing > 0 {
                let w = match dict.iter().find(|w| w.len() == missing) {
                    Some(w) => w.clone(),
                    None => {
                        let w = g.string(missing, "abcde");
                        if seen.insert(w.clone()) {
                            dict.push(w.clone());
                        }
                        w
                    }
                };
                s.push_str(&w);
            }
            if mode == "late-fail" {
                s.pop();
                s.push('z');
            }
            s
        }
    };
    g.shuffle(&mut dict);
    vec![json!(s), json!(dict)]
}

fn lowercase(w: &str, what: &str) -> Result<(), String> {
    match w.char_indices().find(|(_, c)| !c.is_ascii_lowercase()) {
        Some((i, c)) => Err(format!("{what}[{i}] = {c:?} is not a lowercase English letter")),
        None => Ok(()),
    }
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (s, wordDict), got {}", input.len()));
    }
    let s = string(&input[0], "s")?;
    lowercase(s, "s")?;
    len_in(s.len(), 1, 300, "s")?;
    let words = array(&input[1], "wordDict")?;
    len_in(words.len(), 1, DICT_MAX, "wordDict")?;
    let mut seen: HashSet<&str> = HashSet::with_capacity(words.len());
    for (i, w) in words.iter().enumerate() {
        let what = format!("wordDict[{i}]");
        let w = string(w, &what)?;
        lowercase(w, &what)?;
        len_in(w.len(), 1, 20, &what)?;
        if !seen.insert(w) {
            return Err(format!("wordDict: \"{w}\" appears more than once (words must be unique)"));
        }
    }
    Ok(())
}
