use crate::tools::prelude::*;

const MAX_N: usize = 20_000;
const LIMIT: u64 = 1 << 31;

/// `n` values (1 <= n <= 2 * 10^4) in [-10, 10] such that every subarray
/// product fits in an i32: whenever a value would push the absolute product of
/// its zero-free run past 2^31 - 1, it is replaced (by 0, or by 1 or -1 in the
/// modes with long runs). Modes:
/// - "random": uniform values (the runs are cut by many zeros);
/// - "ones": mostly 1 and -1 with a few larger values: long zero-free runs where
///   the count of negatives decides everything;
/// - "negatives": only negative values, runs cut by zeros;
/// - "zeros": zeros with short runs of negatives between them (the best is
///   often 0 or a single value);
/// - "worst": one zero-free run over the whole array of +-1 and +-2 with the
///   largest product near 2^30 reached only across many sign changes.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let mut nums = Vec::with_capacity(n);
    let mut run: u64 = 1; // absolute product of the current zero-free run
    for i in 0..n {
        let (mut x, keep_run) = match mode {
            "ones" => (if g.chance(0.05) { g.int(-10, 10) } else if g.chance(0.5) { 1 } else { -1 }, true),
            "negatives" => (g.int(-10, -1), false),
            "zeros" => (if i % 4 == 0 { 0 } else { g.int(-10, -1) }, false),
            "worst" => (*g.pick(&[-2, -1, 1, 2, -1, 1]), true),
            _ => (g.int(-10, 10), false),
        };
        if x != 0 && run * x.unsigned_abs() >= LIMIT {
            x = if !keep_run {
                0
            } else if g.chance(0.5) {
                1
            } else {
                -1
            };
        }
        run = if x == 0 { 1 } else { run * x.unsigned_abs() };
        nums.push(x);
    }
    vec![json!(nums)]
}

/// Every subarray product in [-2^31, 2^31 - 1]. Within a zero-free run every
/// |value| >= 1, so the largest absolute product is the whole run's, `a`; if
/// `a` is exactly 2^31, each subarray holding all the run's |value| >= 2 has
/// that absolute value, and all of them must be negative.
fn products_fit(run: &[i64]) -> Result<(), String> {
    let mut a: u64 = 1;
    for &x in run {
        a = a.saturating_mul(x.unsigned_abs());
        if a > LIMIT {
            return Err("the product of a subarray does not fit in a 32-bit integer".to_string());
        }
    }
    if a == LIMIT {
        let first = run.iter().position(|x| x.abs() >= 2).unwrap_or(0);
        let last = run.iter().rposition(|x| x.abs() >= 2).unwrap_or(0);
        let core_negative = run[first..=last].iter().filter(|&&x| x < 0).count() % 2 == 1;
        let loose_minus = run[..first].iter().chain(&run[last + 1..]).any(|&x| x < 0);
        if !core_negative || loose_minus {
            return Err("a subarray has product 2^31, which does not fit in a 32-bit integer".to_string());
        }
    }
    Ok(())
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (nums), got {}", input.len()));
    }
    let nums = int_array(&input[0], 1, MAX_N, -10, 10, "nums")?;
    for run in nums.split(|&x| x == 0) {
        products_fit(run)?;
    }
    Ok(())
}
