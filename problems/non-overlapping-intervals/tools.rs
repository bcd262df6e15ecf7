use crate::tools::prelude::*;

const LIM: i64 = 50_000;

/// `n` intervals (1 <= n <= 10^5) with -5 * 10^4 <= start < end <= 5 * 10^4, in random
/// order. Modes:
/// - "random": uniform starts, lengths 1..=200;
/// - "chain": unit intervals [k, k + 1] spread over the range, shuffled: they only
///   touch, so nothing is deleted (at n = 10^5 they tile the whole range);
/// - "same": one interval repeated (n - 1 deletions);
/// - "nested": [-w, w] for random half-widths w: all share 0, so all but one go;
/// - "worst": half short intervals (length 1..=10), half long (up to 2 * 10^4),
///   shuffled: keeping by start fails, every step of the greedy matters, and the
///   sort has no order to exploit.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, 100_000);
    let mut v: Vec<[i64; 2]> = match mode {
        "chain" => (0..n as i64)
            .map(|i| {
                let s = -LIM + i * (2 * LIM) / n as i64;
                [s, s + 1]
            })
            .collect(),
        "same" => {
            let s = g.int(-LIM, LIM - 1);
            let e = g.int(s + 1, LIM);
            vec![[s, e]; n]
        }
        "nested" => (0..n)
            .map(|_| {
                let w = g.int(1, LIM);
                [-w, w]
            })
            .collect(),
        "worst" => (0..n)
            .map(|i| {
                let len = if i % 2 == 0 { g.int(1, 10) } else { g.int(1, 20_000) };
                let s = g.int(-LIM, LIM - len);
                [s, s + len]
            })
            .collect(),
        _ => (0..n)
            .map(|_| {
                let s = g.int(-LIM, LIM - 1);
                [s, (s + g.int(1, 200)).min(LIM)]
            })
            .collect(),
    };
    g.shuffle(&mut v);
    vec![json!(v)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (intervals), got {}", input.len()));
    }
    let items = array(&input[0], "intervals")?;
    len_in(items.len(), 1, 100_000, "intervals")?;
    for (i, item) in items.iter().enumerate() {
        let what = format!("intervals[{i}]");
        let iv = int_array(item, 2, 2, -LIM, LIM, &what)?;
        if iv[0] >= iv[1] {
            return Err(format!("{what} = [{}, {}]: start must be smaller than end", iv[0], iv[1]));
        }
    }
    Ok(())
}
