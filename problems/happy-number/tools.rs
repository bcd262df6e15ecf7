use crate::tools::prelude::*;

const MAX: i64 = i32::MAX as i64;

fn next(mut v: i64) -> i64 {
    let mut s = 0;
    while v > 0 {
        s += (v % 10) * (v % 10);
        v /= 10;
    }
    s
}

/// Steps until the walk from `v` reaches 1 or repeats a value, and whether it reached 1.
fn walk(mut v: i64) -> (usize, bool) {
    let mut seen = std::collections::HashSet::new();
    let mut steps = 0;
    while v != 1 && seen.insert(v) {
        v = next(v);
        steps += 1;
    }
    (steps, v == 1)
}

/// The single input is a number, so `n` is its upper bound: it is clamped into
/// 1..=2^31 - 1 and the number is drawn from 1..=n (benchmarks use n = 2^31 - 1).
/// Modes:
/// - "random": uniform in 1..=n (most numbers are unhappy);
/// - "happy" / "unhappy": uniform among the happy (unhappy) numbers up to n;
/// - "slow-happy": a happy number that needs seven steps (the digits 7, 8, 9, 9, 9
///   in any order, with zeros mixed in), the longest walk to 1 below 2^31;
/// - "worst": the unhappy number among the 1000 just below n whose walk is the
///   longest before it repeats.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = (n as i64).clamp(1, MAX);
    let value = match mode {
        "happy" | "unhappy" => {
            let want = mode == "happy";
            let mut v = g.int(1, n);
            for _ in 0..10_000 {
                if walk(v).1 == want {
                    break;
                }
                v = g.int(1, n);
            }
            if walk(v).1 == want {
                v
            } else if want {
                1
            } else {
                2
            }
        }
        "slow-happy" if n >= 78_999 => loop {
            let mut digits = vec![7, 8, 9, 9, 9];
            let zeros = g.usize(0, 5);
            digits.extend(std::iter::repeat_n(0, zeros));
            g.shuffle(&mut digits);
            let v = digits.iter().fold(0i64, |acc, &d| acc * 10 + d);
            if (78_999..=n).contains(&v) {
                break v;
            }
        },
        "worst" => {
            let lo = (n - 999).max(1);
            (lo..=n).filter(|&v| !walk(v).1).max_by_key(|&v| walk(v).0).unwrap_or(n)
        }
        _ => g.int(1, n),
    };
    vec![json!(value)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (n), got {}", input.len()));
    }
    int_in(&input[0], 1, MAX, "n")?;
    Ok(())
}
