use crate::tools::prelude::*;

const MAX_N: usize = 20_000;
const MAX_H: i64 = 100_000;

/// `n` column heights (n clamped to 1..=2 * 10^4), each in [0, 10^5]. Modes:
/// - "random": uniform heights;
/// - "valley": heights falling to a random bottom point, then rising again
///   (one big basin, values sorted on both sides);
/// - "mountain": rising then falling (no water at all);
/// - "zigzag": 0 and a random tall height alternating (many tiny pools);
/// - "walls": two walls of 10^5 at both ends with zeros between (the largest
///   possible answer, just under 2 * 10^9);
/// - "equal": every column the same height;
/// - "worst": a wall of 10^5, then strictly decreasing heights, then a wall of
///   10^5 at the very end: a monotonic stack grows to n before anything is
///   settled, and every column holds water.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let h: Vec<i64> = match mode {
        "valley" | "mountain" => {
            let cut = g.usize(0, n);
            let mut a: Vec<i64> = (0..cut).map(|_| g.int(0, MAX_H)).collect();
            let mut b: Vec<i64> = (cut..n).map(|_| g.int(0, MAX_H)).collect();
            if mode == "valley" {
                a.sort_unstable_by(|x, y| y.cmp(x));
                b.sort_unstable();
            } else {
                a.sort_unstable();
                b.sort_unstable_by(|x, y| y.cmp(x));
            }
            a.extend(b);
            a
        }
        "zigzag" => (0..n).map(|i| if i % 2 == 0 { 0 } else { g.int(MAX_H / 2, MAX_H) }).collect(),
        "walls" => (0..n).map(|i| if i == 0 || i == n - 1 { MAX_H } else { 0 }).collect(),
        "equal" => vec![g.int(0, MAX_H); n],
        "worst" => {
            let mut h = vec![MAX_H; n];
            if n > 2 {
                let mut inner = g.distinct(n - 2, 0, MAX_H - 1);
                inner.sort_unstable_by(|x, y| y.cmp(x));
                h[1..n - 1].copy_from_slice(&inner);
            }
            h
        }
        _ => (0..n).map(|_| g.int(0, MAX_H)).collect(),
    };
    vec![json!(h)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (height), got {}", input.len()));
    }
    int_array(&input[0], 1, MAX_N, 0, MAX_H, "height")?;
    Ok(())
}
