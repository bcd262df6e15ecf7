use crate::tools::prelude::*;

const MAX: i64 = 10_000;

/// `n` intervals (1 <= n <= 10^4) with 0 <= start <= end <= 10^4, in random order.
/// Modes:
/// - "random": uniform starts, lengths 0..=20 (many groups of a few intervals);
/// - "points": zero-length intervals only (neighbouring points must stay apart);
/// - "one": every interval contains 5000, so all merge into one;
/// - "chain": [i, i + 1] pieces that only touch, shuffled: one group through touching;
/// - "worst": 5000 separate groups [2k, 2k + 1] (the most a sort-and-merge can
///   output), each with a second member inside it, shuffled: nothing is in order,
///   every comparison goes both ways, and nested members must not shorten a group.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, 10_000);
    let mut v: Vec<[i64; 2]> = match mode {
        "points" => (0..n).map(|_| g.int(0, MAX)).map(|x| [x, x]).collect(),
        "one" => (0..n).map(|_| [g.int(0, 5000), g.int(5000, MAX)]).collect(),
        "chain" => (0..n as i64).map(|i| {
            let s = i * MAX / n as i64;
            [s, (i + 1) * MAX / n as i64]
        }).collect(),
        "worst" => (0..n as i64)
            .map(|i| {
                let k = (i / 2) % 5000;
                let group = [2 * k, 2 * k + 1];
                if i % 2 == 0 {
                    group
                } else {
                    *g.pick(&[[2 * k, 2 * k], [2 * k + 1, 2 * k + 1], group])
                }
            })
            .collect(),
        _ => (0..n)
            .map(|_| {
                let s = g.int(0, MAX);
                [s, (s + g.int(0, 20)).min(MAX)]
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
    len_in(items.len(), 1, 10_000, "intervals")?;
    for (i, item) in items.iter().enumerate() {
        let what = format!("intervals[{i}]");
        let iv = int_array(item, 2, 2, 0, MAX, &what)?;
        if iv[0] > iv[1] {
            return Err(format!("{what} = [{}, {}]: start is greater than end", iv[0], iv[1]));
        }
    }
    Ok(())
}
