use crate::tools::prelude::*;

/// A palindrome of exactly `digits` decimal digits that fits in an i32.
fn palindrome(digits: u32, g: &mut Gen) -> i64 {
    loop {
        let half = digits.div_ceil(2) as usize;
        let mut d: Vec<i64> = (0..half).map(|_| g.int(0, 9)).collect();
        d[0] = g.int(1, 9);
        let mut all = d.clone();
        all.extend(d.iter().rev().skip(digits as usize % 2));
        let v = all.iter().fold(0i64, |acc, &x| acc * 10 + x);
        if v <= i64::from(i32::MAX) {
            return v;
        }
    }
}

fn is_palindrome(v: i64) -> bool {
    let s = v.to_string();
    s.chars().rev().eq(s.chars())
}

/// A number of exactly `digits` decimal digits that fits in an i32.
fn with_digits(digits: u32, g: &mut Gen) -> i64 {
    let lo = 10i64.pow(digits - 1);
    let hi = (10i64.pow(digits) - 1).min(i64::from(i32::MAX));
    g.int(if digits == 1 { 0 } else { lo }, hi)
}

/// The single input is one integer, so for benchmarks `n` is its number of
/// decimal digits, clamped into 1..=10 (the work is one step per digit). Modes:
/// - "random": a number of `n` digits, negative one time in four;
/// - "palindrome": a palindrome of `n` digits;
/// - "near": a palindrome of `n` digits with one middle digit changed (or the
///   first digit, when `n` = 1 gives no middle to change);
/// - "negative": minus a palindrome of `n` digits;
/// - "trailing-zero": `n` digits ending in 0, first digit 1 when `n` > 1;
/// - "worst": the largest palindrome of `n` digits (2147447412 for `n` = 10):
///   every digit is visited and the answer is true.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let digits = n.clamp(1, 10) as u32;
    let x = match mode {
        "palindrome" => palindrome(digits, g),
        "near" => {
            let p = palindrome(digits, g);
            let pos = (digits / 2).max(1) - 1; // a digit just right of the middle
            let unit = 10i64.pow(pos);
            let d = (p / unit) % 10;
            let nd = if d == 9 { 8 } else { d + 1 };
            let v = p + (nd - d) * unit;
            if v > i64::from(i32::MAX) { p - unit.max(1) } else { v }
        }
        "negative" => -palindrome(digits, g),
        "trailing-zero" => {
            if digits == 1 {
                10
            } else {
                (with_digits(digits, g) / 10 * 10).max(10)
            }
        }
        "worst" => {
            // Counting down from the largest number of `digits` digits that
            // fits; 10^(digits-1) + 1 (or 9) is a palindrome, so this stops.
            let hi = (10i64.pow(digits) - 1).min(i64::from(i32::MAX));
            (0..=hi).rev().find(|v| is_palindrome(*v)).unwrap_or(0)
        }
        _ => {
            let v = with_digits(digits, g);
            if g.chance(0.25) { -v } else { v }
        }
    };
    vec![json!(x)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (x), got {}", input.len()));
    }
    int_in(&input[0], i64::from(i32::MIN), i64::from(i32::MAX), "x")?;
    Ok(())
}
