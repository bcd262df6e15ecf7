use crate::tools::prelude::*;

const MAX_N: usize = 10_000;
const MAX_T: i64 = 1_000_000;

/// Meetings that touch end to end: `n + 1` distinct cut points in `0..=MAX_T`,
/// sorted, each neighbouring pair one meeting (in time order).
fn back_to_back(n: usize, g: &mut Gen) -> Vec<[i64; 2]> {
    let mut cuts = g.distinct(n + 1, 0, MAX_T);
    cuts.sort_unstable();
    cuts.windows(2).map(|w| [w[0], w[1]]).collect()
}

/// `n` meetings (0 <= n <= 10^4). Modes:
/// - "random": random starts, lengths up to about twice the average gap (a clash is likely);
/// - "gaps": disjoint meetings with a gap before each, shuffled (answer true);
/// - "last-clash": back to back, except that the latest meeting starts one unit before
///   the previous one ends (the only clash, between the two latest meetings), shuffled;
/// - "worst": back to back (every end equals the next start), shuffled: the answer is
///   true, so every pair of neighbours must be checked, and `<` versus `<=` matters everywhere.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.min(MAX_N);
    let mut meetings: Vec<[i64; 2]> = match mode {
        "gaps" => {
            let mut pts = g.distinct(2 * n, 0, MAX_T);
            pts.sort_unstable();
            pts.chunks(2).map(|c| [c[0], c[1]]).collect()
        }
        "last-clash" if n >= 2 => {
            let mut m = back_to_back(n, g);
            m[n - 1][0] -= 1;
            m
        }
        "worst" | "last-clash" => back_to_back(n, g),
        _ => {
            let span = (2 * MAX_T / n.max(1) as i64).max(1);
            (0..n)
                .map(|_| {
                    let s = g.int(0, MAX_T - 1);
                    [s, (s + g.int(1, span)).min(MAX_T)]
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
    len_in(items.len(), 0, MAX_N, "intervals")?;
    for (i, item) in items.iter().enumerate() {
        let what = format!("intervals[{i}]");
        let pair = int_array(item, 2, 2, 0, MAX_T, &what)?;
        if pair[0] >= pair[1] {
            return Err(format!("{what} = [{}, {}]: start must be less than end", pair[0], pair[1]));
        }
    }
    Ok(())
}
