use crate::tools::prelude::*;

const MAX_N: usize = 10_000;
const OPEN: [char; 3] = ['(', '[', '{'];
const CLOSE: [char; 3] = [')', ']', '}'];

/// A random well-nested string of exactly `len` characters (`len` even):
/// at each step open a bracket of a random kind or close the innermost one,
/// `open_bias` being the chance to open when both are possible.
fn balanced(len: usize, open_bias: f64, g: &mut Gen) -> Vec<char> {
    let mut out = Vec::with_capacity(len);
    let mut stack: Vec<usize> = Vec::new();
    for i in 0..len {
        let left = len - i;
        let must_close = stack.len() == left;
        let must_open = stack.is_empty();
        if !must_close && (must_open || g.chance(open_bias)) {
            let k = g.usize(0, 2);
            stack.push(k);
            out.push(OPEN[k]);
        } else {
            let k = stack.pop().expect("closing needs an open bracket");
            out.push(CLOSE[k]);
        }
    }
    out
}

/// A string of `n` bracket characters (clamped to 1..=10^4). Modes:
/// - "valid": a random well-nested string (an odd `n` is rounded down);
/// - "random": a random well-nested string with one character changed (to
///   another kind or direction) with probability 1/2, so both answers occur;
/// - "deep": fully nested, `n / 2` openers of random kinds then their closers (valid);
/// - "deep1": fully nested with a single kind of bracket (valid);
/// - "open": only opening brackets (invalid, noticed only at the very end);
/// - "interleaved", "swapped": each kind balanced on its own but wrongly nested;
/// - "worst": fully nested with a single kind, valid except that the very last
///   closer has the wrong kind: the stack reaches n / 2 and the answer is decided
///   last (and pair-deleting solutions need n / 2 rounds).
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let even = (n / 2 * 2).clamp(2, MAX_N);
    let s: Vec<char> = match mode {
        "valid" => balanced(even, 0.5, g),
        "deep" | "deep1" | "worst" => {
            let half = even / 2;
            let one = g.usize(0, 2);
            let kinds: Vec<usize> =
                (0..half).map(|_| if mode == "deep" { g.usize(0, 2) } else { one }).collect();
            let mut s: Vec<char> = kinds.iter().map(|&k| OPEN[k]).collect();
            s.extend(kinds.iter().rev().map(|&k| CLOSE[k]));
            if mode == "worst" {
                let k = kinds[0];
                s[even - 1] = CLOSE[(k + 1 + g.usize(0, 1)) % 3];
            }
            s
        }
        "open" => (0..n).map(|_| *g.pick(&OPEN)).collect(),
        // Every kind balanced on its own, yet wrongly nested: a solution that
        // only counts each kind says valid. "interleaved" puts a crossing pair
        // of two kinds ("([)]") into a valid string; "swapped" swaps two closers
        // of different kinds (the first of them now closes the wrong opener).
        "interleaved" => {
            let mut s = if even >= 6 { balanced(even - 4, 0.5, g) } else { Vec::new() };
            let (a, b) = (g.usize(0, 2), g.usize(0, 1));
            let b = (a + 1 + b) % 3;
            let at = g.usize(0, s.len());
            s.splice(at..at, [OPEN[a], OPEN[b], CLOSE[a], CLOSE[b]]);
            s
        }
        "swapped" => {
            let mut s = balanced(even.max(4), 0.5, g);
            let closers: Vec<usize> = (0..s.len()).filter(|&i| CLOSE.contains(&s[i])).collect();
            let i = *g.pick(&closers);
            if let Some(&j) = closers.iter().find(|&&j| s[j] != s[i]) {
                s.swap(i, j);
            }
            s
        }
        _ => {
            let mut s = balanced(even, 0.5, g);
            if g.chance(0.5) {
                let at = g.usize(0, s.len() - 1);
                let all = ['(', ')', '[', ']', '{', '}'];
                let old = s[at];
                while s[at] == old {
                    s[at] = *g.pick(&all);
                }
            }
            s
        }
    };
    vec![json!(s.into_iter().collect::<String>())]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (s), got {}", input.len()));
    }
    let s = string(&input[0], "s")?;
    len_in(s.len(), 1, MAX_N, "s")?;
    if let Some((i, c)) = s.char_indices().find(|&(_, c)| !"()[]{}".contains(c)) {
        return Err(format!("s[{i}] = {c:?} is not one of ()[]{{}}"));
    }
    Ok(())
}
