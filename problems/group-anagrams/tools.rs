use crate::tools::prelude::*;
use std::collections::HashSet;

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";

/// A random rearrangement of `base`.
fn shuffled(base: &str, g: &mut Gen) -> String {
    let mut b: Vec<u8> = base.bytes().collect();
    g.shuffle(&mut b);
    String::from_utf8(b).unwrap()
}

/// `n` words (1 <= n <= 10^4) of 0..=100 lowercase letters. Modes:
/// - "random": n / 4 base words of random length 0..=100; each word is a shuffle
///   of a random base (groups of about four, the empty word included when drawn);
/// - "few": five long base words, so a handful of very large groups;
/// - "short": words of length 0..=3 over "abc" (many duplicates and empty words);
/// - "worst": n words of length 100 that are pairwise NOT anagrams: the most
///   letters to read and the most groups to build (a solution comparing each word
///   with every group does n^2 / 2 comparisons).
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, 10_000);
    let words: Vec<String> = match mode {
        "short" => (0..n).map(|_| {
            let len = g.usize(0, 3);
            g.string(len, "abc")
        }).collect(),
        "worst" => {
            let mut seen: HashSet<[u8; 26]> = HashSet::with_capacity(n);
            let mut out = Vec::with_capacity(n);
            while out.len() < n {
                let w = g.string(100, LOWER);
                let mut key = [0u8; 26];
                for b in w.bytes() {
                    key[(b - b'a') as usize] += 1;
                }
                if seen.insert(key) {
                    out.push(w);
                }
            }
            out
        }
        _ => {
            let (bases_n, lo) = if mode == "few" { (5, 90) } else { ((n / 4).max(1), 0) };
            let bases: Vec<String> = (0..bases_n).map(|_| {
                let len = g.usize(lo, 100);
                g.string(len, LOWER)
            }).collect();
            (0..n).map(|_| {
                let b = g.usize(0, bases_n - 1);
                shuffled(&bases[b], g)
            }).collect()
        }
    };
    vec![json!(words)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (strs), got {}", input.len()));
    }
    let strs = array(&input[0], "strs")?;
    len_in(strs.len(), 1, 10_000, "strs")?;
    for (i, v) in strs.iter().enumerate() {
        let what = format!("strs[{i}]");
        let s = string(v, &what)?;
        if let Some((j, c)) = s.chars().enumerate().find(|(_, c)| !c.is_ascii_lowercase()) {
            return Err(format!("{what}[{j}] = {c:?} is not a lowercase English letter"));
        }
        len_in(s.len(), 0, 100, &what)?;
    }
    Ok(())
}
