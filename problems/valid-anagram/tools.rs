use crate::tools::prelude::*;

const MAX_LEN: usize = 50_000;
const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";

/// `n` is the length of s (1 <= n <= 5 * 10^4); t's length is n or close to it.
/// Modes:
/// - "random": t is a shuffle of s half of the time, else a fresh random string;
/// - "changed": t is s shuffled with one letter replaced by another;
/// - "shorter": t is s shuffled without one letter (lengths differ);
/// - "same-sum": t is s shuffled with one letter moved up and another down by
///   the same amount (equal code sums, not an anagram);
/// - "same-set": s and t use the same letters, a different number of times;
/// - "one-letter": s and t are one letter repeated, of equal length;
/// - "worst": t is a shuffle of s at full length (answer true, nothing to cut short).
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_LEN);
    let mut s = g.string(n, LOWER).into_bytes();
    let mut t = s.clone();
    g.shuffle(&mut t);
    match mode {
        "changed" => {
            let i = g.usize(0, n - 1);
            t[i] = b'a' + (t[i] - b'a' + g.int(1, 25) as u8) % 26;
        }
        "shorter" => {
            if n == 1 {
                s.push(b'z');
            } else {
                let i = g.usize(0, n - 1);
                t.remove(i);
            }
        }
        "same-sum" => {
            // Find two positions whose letters can move up and down by d.
            let d = g.int(1, 5) as u8;
            let up = t.iter().position(|&c| c + d <= b'z');
            let down = (0..t.len()).rev().find(|&j| Some(j) != up && t[j] >= b'a' + d);
            match (up, down) {
                (Some(i), Some(j)) => {
                    t[i] += d;
                    t[j] -= d;
                }
                _ => {
                    s = b"ad".to_vec();
                    t = b"bc".to_vec();
                }
            }
        }
        "same-set" => {
            s = (0..n).map(|i| if i % 3 == 2 { b'b' } else { b'a' }).collect();
            t = (0..n).map(|i| if i % 3 == 2 { b'a' } else { b'b' }).collect();
            if n == 1 {
                t = b"aa".to_vec();
            }
        }
        "one-letter" => {
            let c = g.string(1, LOWER);
            s = c.repeat(n).into_bytes();
            t = s.clone();
        }
        "worst" => {}
        _ => {
            if g.chance(0.5) {
                t = g.string(n, LOWER).into_bytes();
            }
        }
    }
    let s = String::from_utf8(s).unwrap_or_default();
    let t = String::from_utf8(t).unwrap_or_default();
    vec![json!(s), json!(t)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (s, t), got {}", input.len()));
    }
    for (name, v) in [("s", &input[0]), ("t", &input[1])] {
        let text = string(v, name)?;
        len_in(text.len(), 1, MAX_LEN, name)?;
        if let Some((i, c)) = text.char_indices().find(|&(_, c)| !c.is_ascii_lowercase()) {
            return Err(format!("{name}[{i}] = {c:?} is not a lowercase English letter"));
        }
    }
    Ok(())
}
