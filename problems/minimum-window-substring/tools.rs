use crate::tools::prelude::*;

const MAX_LEN: usize = 100_000;
const LETTERS: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// Every window of minimum length that covers `t` (start positions), or empty
/// if none does. Each is the shortest covering window ending at its last index.
fn min_windows(s: &[u8], t: &[u8]) -> (usize, Vec<usize>) {
    let mut need = [0i64; 128];
    for &c in t {
        need[usize::from(c)] += 1;
    }
    let mut missing = t.len();
    let mut left = 0;
    let mut best = usize::MAX;
    let mut starts = Vec::new();
    for (right, &ch) in s.iter().enumerate() {
        let c = usize::from(ch);
        if need[c] > 0 {
            missing -= 1;
        }
        need[c] -= 1;
        if missing == 0 {
            while need[usize::from(s[left])] < 0 {
                need[usize::from(s[left])] += 1;
                left += 1;
            }
            let len = right + 1 - left;
            if len < best {
                best = len;
                starts.clear();
            }
            if len == best {
                starts.push(left);
            }
        }
    }
    (best, starts)
}

/// Polynomial prefix hashes mod 2^61 - 1, to compare windows in O(1).
struct Hashes {
    prefix: Vec<u64>,
    power: Vec<u64>,
}

const MOD: u64 = (1 << 61) - 1;

fn mul(a: u64, b: u64) -> u64 {
    let p = u128::from(a) * u128::from(b);
    let r = (p >> 61) as u64 + (p as u64 & MOD);
    if r >= MOD { r - MOD } else { r }
}

impl Hashes {
    fn new(s: &[u8]) -> Self {
        let base = 1_000_003;
        let mut prefix = vec![0u64; s.len() + 1];
        let mut power = vec![1u64; s.len() + 1];
        for (i, &c) in s.iter().enumerate() {
            prefix[i + 1] = (mul(prefix[i], base) + u64::from(c)) % MOD;
            power[i + 1] = mul(power[i], base);
        }
        Hashes { prefix, power }
    }

    fn window(&self, start: usize, len: usize) -> u64 {
        (self.prefix[start + len] + MOD - mul(self.prefix[start], self.power[len])) % MOD
    }
}

/// A planted input: s of length `m` with one block holding exactly t's letters
/// (one letter of t, `key`, appears nowhere else in s), plus `extra` filler
/// letters inside the block, at `pos`. Decoy copies of t's other letters are
/// scattered with density `decoys`, never within a block's length of it, so
/// the block is the unique minimum window.
fn plant(m: usize, t_len: usize, extra: usize, pos: Option<usize>, decoys: f64, alphabet: &str, g: &mut Gen) -> (String, String) {
    let mut letters: Vec<char> = alphabet.chars().collect();
    g.shuffle(&mut letters);
    let key = letters[0];
    let t_chars: Vec<char> = letters[1..letters.len() / 2].to_vec();
    let filler: Vec<char> = letters[letters.len() / 2..].to_vec();
    let t_len = t_len.clamp(1, m);
    let extra = extra.min(m - t_len);
    let mut t: Vec<char> = (1..t_len).map(|_| *g.pick(&t_chars)).collect();
    t.push(key);
    g.shuffle(&mut t);
    // The block: t's letters in a random order, filler inside, t letters at both ends.
    let mut inner: Vec<char> = t.clone();
    g.shuffle(&mut inner);
    let mut block: Vec<char> = vec![inner[0]];
    let mut slots: Vec<usize> = (0..extra).map(|_| g.usize(0, inner.len().saturating_sub(2))).collect();
    slots.sort_unstable();
    let mut k = 0;
    for (i, &c) in inner.iter().enumerate().skip(1) {
        while k < slots.len() && slots[k] < i {
            block.push(*g.pick(&filler));
            k += 1;
        }
        block.push(c);
    }
    let l = block.len();
    let p = pos.unwrap_or_else(|| g.usize(0, m - l)).min(m - l);
    let mut s: Vec<char> = Vec::with_capacity(m);
    for q in 0..m {
        if (p..p + l).contains(&q) {
            s.push(block[q - p]);
        } else if q + l < p || q >= p + 2 * l {
            if g.chance(decoys) && !t_chars.is_empty() {
                s.push(*g.pick(&t_chars));
            } else {
                s.push(*g.pick(&filler));
            }
        } else {
            s.push(*g.pick(&filler));
        }
    }
    (s.into_iter().collect(), t.into_iter().collect())
}

/// `n` is the length of s (1 <= n <= 10^5). Modes:
/// - "random": t of up to 20 letters planted at a random place, filler inside
///   the block, decoys of t's letters all around;
/// - "small": s of at most 12 and t of at most 4 letters over "abAB", drawn
///   until the minimum window is unique (or absent);
/// - "long-t": t is half as long as s, with many repeated letters;
/// - "case": t is lowercase and the decoys are the same letters in uppercase;
/// - "none": t holds a letter s lacks (answer "");
/// - "too-long": t is longer than s (answer "");
/// - "same": s and t are one letter repeated (ties of equal content);
/// - "worst": a long t planted at the very end and decoys everywhere, so every
///   start far from the end has to scan to the end to cover t.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let m = n.clamp(1, MAX_LEN);
    let (s, t) = match mode {
        "small" => {
            let m = m.min(12);
            let mut out = None;
            for _ in 0..1000 {
                let s = g.string(m, "abAB");
                let t_len = g.usize(1, 4);
                let t = g.string(t_len, "abAB");
                let (best, starts) = min_windows(s.as_bytes(), t.as_bytes());
                let h = Hashes::new(s.as_bytes());
                if starts.iter().all(|&a| h.window(a, best) == h.window(starts[0], best)) {
                    out = Some((s, t));
                    break;
                }
            }
            out.unwrap_or_else(|| ("a".repeat(m), "a".to_string()))
        }
        "long-t" => plant(m, m / 2, m / 10, None, 0.5, "abcdefghijklmnopqrstuvwxyzABCDEF", g),
        "case" => {
            let t_len = g.usize(1, 30).min(m);
            let lower: Vec<char> = "abcdefghijklmnopqrstuvwxyz".chars().collect();
            let key = lower[g.usize(0, 25)];
            let pool: Vec<char> = lower.iter().copied().filter(|&c| c != key).take(10).collect();
            let mut t: Vec<char> = (1..t_len).map(|_| *g.pick(&pool)).collect();
            t.push(key);
            g.shuffle(&mut t);
            let upper: Vec<char> = t.iter().map(char::to_ascii_uppercase).collect();
            let filler: Vec<char> = lower.iter().copied().filter(|c| !t.contains(c)).collect();
            let l = t.len();
            let p = g.usize(0, m - l);
            let s: String = (0..m)
                .map(|q| if (p..p + l).contains(&q) { t[q - p] } else if g.chance(0.5) { *g.pick(&upper) } else { *g.pick(&filler) })
                .collect();
            (s, t.into_iter().collect())
        }
        "none" => {
            let (s, mut t) = plant(m, g.usize(1, 20), 5, None, 0.3, "abcdefghijklmnopqrstuvwxyz", g);
            t.push('Z');
            (s, t)
        }
        "too-long" => {
            let m = m.min(MAX_LEN - 1);
            let s = g.string(m, LETTERS);
            let mut t: Vec<char> = s.chars().collect();
            g.shuffle(&mut t);
            t.push(*g.pick(&t.clone()));
            (s, t.into_iter().collect())
        }
        "same" => {
            let c = g.string(1, LETTERS);
            let k = g.usize(1, m);
            (c.repeat(m), c.repeat(k))
        }
        "worst" => plant(m, (m / 50).max(1), m / 100, Some(m), 0.6, LETTERS, g),
        _ => plant(m, g.usize(1, 20), g.usize(0, 30), None, 0.3, LETTERS, g),
    };
    vec![json!(s), json!(t)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (s, t), got {}", input.len()));
    }
    let s = string(&input[0], "s")?;
    let t = string(&input[1], "t")?;
    len_in(s.len(), 1, MAX_LEN, "s (m)")?;
    len_in(t.len(), 1, MAX_LEN, "t (n)")?;
    for (name, text) in [("s", s), ("t", t)] {
        if let Some((i, c)) = text.char_indices().find(|&(_, c)| !c.is_ascii_alphabetic()) {
            return Err(format!("{name}[{i}] = {c:?} is not an English letter"));
        }
    }
    // LeetCode: "the testcases will be generated such that the answer is unique".
    let (best, starts) = min_windows(s.as_bytes(), t.as_bytes());
    if let Some(&first) = starts.first() {
        let h = Hashes::new(s.as_bytes());
        let want = h.window(first, best);
        if let Some(&other) = starts.iter().find(|&&a| h.window(a, best) != want) {
            return Err(format!(
                "the answer must be unique: the windows at {first} ({:?}) and {other} ({:?}) both have the minimum length {best}",
                crate::report::shorten(&s[first..first + best], 30),
                crate::report::shorten(&s[other..other + best], 30)
            ));
        }
    }
    Ok(())
}
