use crate::tools::prelude::*;

const MAX_K: usize = 3500;
const MAX_LEN: usize = 50;
const LIM: i64 = 100_000;

fn sorted(mut v: Vec<i64>) -> Vec<i64> {
    v.sort_unstable();
    v
}

/// `n` lists (clamped into 1..=3500), each sorted, of 1..=50 values in [-10^5, 10^5].
/// Modes:
/// - "random": random lengths, uniform values;
/// - "dense": random lengths, values in [-20, 20] (many duplicates, many tied ranges);
/// - "bands": list i takes its values from its own band of the range, so the answer
///   must stretch from the first band to the last;
/// - "equal": every list holds copies of one value (the answer is [x, x]);
/// - "short": every list has exactly one value;
/// - "worst": 50 uniform values per list (3500 * 50 = 175000 in all), each list also
///   ending with 10^5 so that a merge is never cut short by an exhausted list.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let k = n.clamp(1, MAX_K);
    let lists: Vec<Vec<i64>> = match mode {
        "dense" => (0..k).map(|_| sorted((0..g.usize(1, MAX_LEN)).map(|_| g.int(-20, 20)).collect())).collect(),
        "bands" => {
            let width = (2 * LIM + 1) / i64::try_from(k).unwrap_or(1);
            (0..k)
                .map(|i| {
                    let lo = -LIM + i64::try_from(i).unwrap_or(0) * width;
                    sorted((0..g.usize(1, MAX_LEN)).map(|_| g.int(lo, lo + width - 1)).collect())
                })
                .collect()
        }
        "equal" => {
            let x = g.int(-LIM, LIM);
            (0..k).map(|_| vec![x; g.usize(1, MAX_LEN)]).collect()
        }
        "short" => (0..k).map(|_| vec![g.int(-LIM, LIM)]).collect(),
        "worst" => (0..k)
            .map(|_| {
                let mut v: Vec<i64> = (0..MAX_LEN - 1).map(|_| g.int(-LIM, LIM)).collect();
                v.push(LIM);
                sorted(v)
            })
            .collect(),
        _ => (0..k).map(|_| sorted((0..g.usize(1, MAX_LEN)).map(|_| g.int(-LIM, LIM)).collect())).collect(),
    };
    vec![json!(lists)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    len_in(input.len(), 1, 1, "input (nums)")?;
    let lists = array(&input[0], "nums")?;
    len_in(lists.len(), 1, MAX_K, "nums (k, the number of lists)")?;
    for (i, list) in lists.iter().enumerate() {
        let what = format!("nums[{i}]");
        let v = int_array(list, 1, MAX_LEN, -LIM, LIM, &what)?;
        if let Some(j) = (1..v.len()).find(|&j| v[j] < v[j - 1]) {
            return Err(format!("{what} is not sorted: {what}[{j}] = {} < {}", v[j], v[j - 1]));
        }
    }
    Ok(())
}
