use crate::tools::prelude::*;

const LIMIT: f64 = 1e4; // |x^n| <= 10^4
const MIN_E: i64 = i32::MIN as i64;
const MAX_E: i64 = i32::MAX as i64;

/// A float uniform in [0, 1).
fn unit(g: &mut Gen) -> f64 {
    g.int(0, (1 << 53) - 1) as f64 / (1u64 << 53) as f64
}

/// Whether `x^n` stays within the constraint `|x^n| <= 10^4`, judged on logarithms
/// (with a hair of slack so that `10^4` itself passes despite rounding).
fn within_limit(x: f64, n: i64) -> bool {
    x == 0.0 || n as f64 * x.abs().ln() <= LIMIT.ln() + 1e-9
}

/// A base for exponent `e` such that `|x^e| = e^L` with `L` drawn from
/// `lo..hi` (capped so that |x| < 100 and |x^e| <= 10^4), with a random sign.
fn base_for(e: i64, lo: f64, hi: f64, g: &mut Gen) -> f64 {
    if e == 0 {
        let x = 99.0 * unit(g) + 0.5;
        return if g.chance(0.5) { -x } else { x };
    }
    let hi = hi.min(LIMIT.ln() - 0.01);
    let mut l = lo + (hi - lo) * unit(g);
    // |x| = exp(l / e) < 100  <=>  l / e < ln 100
    let cap = 100f64.ln() - 0.01;
    if l / e as f64 >= cap {
        l = cap * e as f64;
    }
    if l / e as f64 <= -cap {
        l = -cap * e as f64;
    }
    let x = (l / e as f64).exp();
    if g.chance(0.5) { -x } else { x }
}

/// An exponent with |e| <= n, kept inside the i32 range.
fn exponent(n: i64, g: &mut Gen) -> i64 {
    g.int((-n).max(MIN_E), n.min(MAX_E))
}

/// Input `[x, n]`. Here the generator's `n` bounds the exponent's absolute
/// value: it is clamped into 0..=2^31 and the benchmark size is 2^31 (the
/// exponent's bit length, 31, is what a fast solution's work grows with).
/// Modes:
/// - "random": exponent uniform in [-n, n], base chosen so that |x^n| lies
///   between e^-25 and 10^4;
/// - "small-exp": exponent in [-10, 10] and a base with five decimals, as in
///   LeetCode's own tests;
/// - "unit": x = 1.0 or -1.0 with an exponent of size about n (the sign of the
///   answer depends on the exponent's parity);
/// - "tiny": a base below 1 in absolute value raised to a large positive
///   exponent (or above 1 to a large negative one): the answer underflows to 0;
/// - "min-exponent": the exponent is -2^31 whatever `n` is (so that small
///   stress inputs meet it too), with a base of absolute value at least about 1;
/// - "worst": the exponent is -2^31 or 2^31 - 1 (31 squarings, and -n
///   overflows an i32), with a base close to 1 so the answer stays moderate.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = (n as i64).clamp(0, -MIN_E);
    let (x, e) = match mode {
        "min-exponent" => (base_for(MIN_E, -5.0, LIMIT.ln(), g), MIN_E),
        "small-exp" => {
            let e = g.int(-10, 10);
            let mut x = 1.0;
            for _ in 0..100 {
                let cand = (base_for(e, -12.0, LIMIT.ln(), g) * 1e5).round() / 1e5;
                if cand != 0.0 && cand.abs() < 100.0 && within_limit(cand, e) {
                    x = cand;
                    break;
                }
            }
            (x, e)
        }
        "unit" => {
            let e = if g.chance(0.5) { (-n).max(MIN_E) + g.int(0, 1) } else { n.min(MAX_E) - g.int(0, 1) };
            (if g.chance(0.5) { -1.0 } else { 1.0 }, e.clamp(MIN_E, MAX_E))
        }
        "tiny" => {
            let e = (n / 2 + g.int(0, n / 2)).clamp(1, MAX_E);
            let x = 0.2 + 0.79 * unit(g);
            let x = if g.chance(0.5) { -x } else { x };
            if g.chance(0.5) { (1.0 / x, -e) } else { (x, e) }
        }
        "worst" => {
            let e = if g.chance(0.5) { (-n).max(MIN_E) } else { n.min(MAX_E) };
            (base_for(e, -5.0, LIMIT.ln(), g), e)
        }
        _ => {
            let e = exponent(n, g);
            (base_for(e, -25.0, LIMIT.ln(), g), e)
        }
    };
    vec![json!(x), json!(e)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (x, n), got {}", input.len()));
    }
    let x = input[0].as_f64().ok_or_else(|| format!("x must be a number, got {}", input[0]))?;
    if !(x > -100.0 && x < 100.0) {
        return Err(format!("x = {x} is outside the open interval (-100, 100)"));
    }
    let n = int_in(&input[1], MIN_E, MAX_E, "n")?;
    if x == 0.0 && n <= 0 {
        return Err(format!("x = 0 needs n > 0 (got n = {n})"));
    }
    if !within_limit(x, n) {
        return Err(format!("x^n with x = {x}, n = {n} breaks -10^4 <= x^n <= 10^4"));
    }
    Ok(())
}
