use crate::tools::prelude::*;

const MAX_N: usize = 100_000;
const LIM: i64 = 10_000;

/// `n` heights (2 <= n <= 10^5) in [0, 10^4]. Modes:
/// - "random": uniform heights;
/// - "equal": every height 10^4 (the widest pair wins: 10^4 * (n - 1), about 10^9);
/// - "sparse": mostly zeros with a few tall lines at random places;
/// - "increasing": non-decreasing heights (each step the left pointer moves);
/// - "worst": a mountain, low at both ends and rising to 10^4 in the middle, with
///   noise: the two pointers walk all the way in, the best pair sits near the
///   middle, and the tallest lines are not the widest apart.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(2, MAX_N);
    let height: Vec<i64> = match mode {
        "equal" => vec![LIM; n],
        "sparse" => (0..n).map(|_| if g.chance(0.001) { g.int(LIM / 2, LIM) } else { 0 }).collect(),
        "increasing" => {
            let mut v: Vec<i64> = (0..n).map(|_| g.int(0, LIM)).collect();
            v.sort_unstable();
            v
        }
        "worst" => {
            let half = (n as i64 - 1).max(1);
            (0..n)
                .map(|i| {
                    // Distance from the middle, 0 at the centre, 1 at the ends.
                    let d = (2 * i as i64 - half).abs();
                    let base = LIM - (LIM - 1) * d / half;
                    (base - g.int(0, 50)).clamp(0, LIM)
                })
                .collect()
        }
        _ => (0..n).map(|_| g.int(0, LIM)).collect(),
    };
    vec![json!(height)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (height), got {}", input.len()));
    }
    int_array(&input[0], 2, MAX_N, 0, LIM, "height")?;
    Ok(())
}
