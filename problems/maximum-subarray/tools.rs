use crate::tools::prelude::*;

const MAX_N: usize = 100_000;
const LIM: i64 = 10_000;

/// `n` integers (1 <= n <= 10^5) in [-10^4, 10^4]. Modes:
/// - "random": uniform values;
/// - "negative": every value negative (the answer is the largest single value);
/// - "positive": every value positive, many at 10^4 (the whole array, up to 10^9);
/// - "all-max" / "all-min": every value 10^4 (the answer is 10^9) / -10^4;
/// - "zigzag": 10^4 and -9999 alternating, so the sum creeps up by one per pair
///   and the best run is nearly the whole array;
/// - "worst": a downward-drifting first 90% (the running sum keeps restarting),
///   then an upward-drifting last 10% holding the answer, which ends at the
///   last element.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let nums: Vec<i64> = match mode {
        "negative" => (0..n).map(|_| g.int(-LIM, -1)).collect(),
        "positive" => (0..n).map(|_| if g.chance(0.5) { LIM } else { g.int(1, LIM) }).collect(),
        "all-max" => vec![LIM; n],
        "all-min" => vec![-LIM; n],
        "zigzag" => (0..n).map(|i| if i % 2 == 0 { LIM } else { 1 - LIM }).collect(),
        "worst" => {
            let cut = n - n / 10;
            let mut v: Vec<i64> = (0..n)
                .map(|i| if i < cut { g.int(-LIM, LIM - 2_000) } else { g.int(2_000 - LIM, LIM) })
                .collect();
            if let Some(last) = v.last_mut() {
                *last = LIM;
            }
            v
        }
        _ => (0..n).map(|_| g.int(-LIM, LIM)).collect(),
    };
    vec![json!(nums)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (nums), got {}", input.len()));
    }
    int_array(&input[0], 1, MAX_N, -LIM, LIM, "nums")?;
    Ok(())
}
