use crate::tools::prelude::*;

const MAX: i64 = 100_000;

/// `n` sorted intervals (0 <= n <= 10^4) in [0, 10^5], no two sharing a point
/// (about one in five is a single point), and a new interval. Modes:
/// - "random": the new interval starts anywhere and spans up to 2000;
/// - "front" / "end": the new interval lies before / after every interval;
/// - "gap": the new interval fits strictly inside a gap (nothing merges);
/// - "cover": the new interval is [0, 10^5] (it swallows everything);
/// - "worst": the new interval runs from the first interval's end to the last
///   one's start, touching both: every interval merges, the pass cannot stop
///   early, and both ends are decided by touching.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.min(10_000);
    let mut points = g.distinct(2 * n, 0, MAX);
    points.sort_unstable();
    let intervals: Vec<[i64; 2]> = points
        .chunks(2)
        .map(|p| if g.chance(0.2) { [p[0], p[0]] } else { [p[0], p[1]] })
        .collect();
    let new = match (mode, intervals.first(), intervals.last()) {
        ("front", Some(first), _) if first[0] > 0 => {
            let s = g.int(0, first[0] - 1);
            [s, g.int(s, first[0] - 1)]
        }
        ("end", _, Some(last)) if last[1] < MAX => {
            let s = g.int(last[1] + 1, MAX);
            [s, g.int(s, MAX)]
        }
        ("gap", _, _) => {
            // a gap of at least 3 between neighbours leaves room strictly inside it
            let gaps: Vec<(i64, i64)> = intervals
                .windows(2)
                .filter(|w| w[1][0] - w[0][1] >= 3)
                .map(|w| (w[0][1] + 1, w[1][0] - 1))
                .collect();
            if gaps.is_empty() {
                [MAX, MAX]
            } else {
                let (lo, hi) = *g.pick(&gaps);
                let s = g.int(lo, hi);
                [s, g.int(s, hi)]
            }
        }
        ("cover", _, _) => [0, MAX],
        ("worst", Some(first), Some(last)) => [first[1].min(last[0]), last[0].max(first[1])],
        _ => {
            let s = g.int(0, MAX);
            [s, (s + g.int(0, 2000)).min(MAX)]
        }
    };
    vec![json!(intervals), json!(new)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (intervals, newInterval), got {}", input.len()));
    }
    let items = array(&input[0], "intervals")?;
    len_in(items.len(), 0, 10_000, "intervals")?;
    let mut prev_end: Option<i64> = None;
    for (i, item) in items.iter().enumerate() {
        let what = format!("intervals[{i}]");
        let iv = int_array(item, 2, 2, 0, MAX, &what)?;
        if iv[0] > iv[1] {
            return Err(format!("{what} = [{}, {}]: start is greater than end", iv[0], iv[1]));
        }
        if let Some(p) = prev_end
            && iv[0] <= p
        {
            return Err(format!(
                "{what} = [{}, {}] starts at or before the previous interval's end {p}: \
                 intervals must be sorted and share no point",
                iv[0], iv[1]
            ));
        }
        prev_end = Some(iv[1]);
    }
    let new = int_array(&input[1], 2, 2, 0, MAX, "newInterval")?;
    if new[0] > new[1] {
        return Err(format!("newInterval = [{}, {}]: start is greater than end", new[0], new[1]));
    }
    Ok(())
}
