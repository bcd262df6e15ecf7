use crate::tools::prelude::*;

const MAX_N: usize = 10_000;
const MAX_T: i64 = 1_000_000;

/// `n` meetings (1 <= n <= 10^4), shuffled. Modes:
/// - "random": random starts, lengths up to 10^5 (a few hundred rooms at n = 10^4);
/// - "short": lengths 1..=50, so rooms are freed and reused all the time;
/// - "touching": back to back (each end is the next start): one room, and every
///   hand-over happens at an equal time;
/// - "worst": every meeting contains the moment 500000, so all of them overlap:
///   n rooms, nothing is ever freed, a heap of ends grows to n.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let mut meetings: Vec<[i64; 2]> = match mode {
        "touching" => {
            let mut cuts = g.distinct(n + 1, 0, MAX_T);
            cuts.sort_unstable();
            cuts.windows(2).map(|w| [w[0], w[1]]).collect()
        }
        "worst" => (0..n).map(|_| [g.int(0, MAX_T / 2), g.int(MAX_T / 2 + 1, MAX_T)]).collect(),
        _ => {
            let longest = if mode == "short" { 50 } else { 100_000 };
            (0..n)
                .map(|_| {
                    let s = g.int(0, MAX_T - 1);
                    [s, s + g.int(1, longest.min(MAX_T - s))]
                })
                .collect()
        }
    };
    g.shuffle(&mut meetings);
    vec![json!(meetings)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    len_in(input.len(), 1, 1, "input (intervals)")?;
    let items = array(&input[0], "intervals")?;
    len_in(items.len(), 1, MAX_N, "intervals")?;
    for (i, item) in items.iter().enumerate() {
        let what = format!("intervals[{i}]");
        let pair = int_array(item, 2, 2, 0, MAX_T, &what)?;
        if pair[0] >= pair[1] {
            return Err(format!("{what} = [{}, {}]: start must be less than end", pair[0], pair[1]));
        }
    }
    Ok(())
}
