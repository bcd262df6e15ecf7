use crate::tools::prelude::*;

const MAX_LEN: usize = 100;
const MAX_ANSWER: u128 = i32::MAX as u128;

/// Number of decodings (saturating). Every term is non-negative, so the result
/// is exact whenever it fits in an i32.
fn count(b: &[u8]) -> u128 {
    let (mut prev2, mut prev1) = (0u128, 1u128);
    for i in 0..b.len() {
        let mut cur = 0u128;
        if b[i] != b'0' {
            cur = prev1;
        }
        if i > 0 && (b[i - 1] == b'1' || (b[i - 1] == b'2' && b[i] <= b'6')) {
            cur = cur.saturating_add(prev2);
        }
        prev2 = prev1;
        prev1 = cur;
    }
    prev1
}

/// Digits 3 to 9: never the first digit of a two-digit code.
fn filler(len: usize, g: &mut Gen) -> Vec<u8> {
    g.string(len, "3456789").into_bytes()
}

/// A digit string of length `n` (1 <= n <= 100) whose answer fits in an i32
/// (1s and 2s not followed by a 0 are turned into 7s until it does). Modes:
/// - "random": uniform digits, zeros included (the answer is often 0);
/// - "valid": digits 1-9 with "10" and "20" mixed in (the answer is never 0);
/// - "ones": only 1s and 2s, with some 0s right after them;
/// - "zeros": mostly 0s, 1s and 2s: "00", "30" and leading zeros abound;
/// - "worst": 44 ones and a 3 (1836311903 decodings, the most with 32 bits)
///   at a random place among filler digits: a memo-less recursion makes
///   billions of calls.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_LEN);
    let mut b: Vec<u8> = match mode {
        "valid" => {
            let mut v = Vec::with_capacity(n + 1);
            while v.len() < n {
                if g.chance(0.15) {
                    v.extend_from_slice(if g.chance(0.5) { b"10" } else { b"20" });
                } else {
                    v.push(b'0' + g.int(1, 9) as u8);
                }
            }
            if v.len() > n {
                v.truncate(n);
                if v[n - 1] == b'1' || v[n - 1] == b'2' {
                    v[n - 1] = b'5';
                }
            }
            v
        }
        "ones" => {
            let mut v = g.string(n, "12").into_bytes();
            for i in 1..n {
                if g.chance(0.05) {
                    v[i] = b'0';
                    v[i - 1] = b'1';
                }
            }
            v[0] = b'1';
            v
        }
        "zeros" => g.string(n, "0000123").into_bytes(),
        "worst" => {
            let ones = n.min(45) - 1;
            let at = g.usize(0, n - ones - 1);
            let mut v = filler(at, g);
            v.extend(std::iter::repeat_n(b'1', ones));
            v.push(b'3');
            v.extend(filler(n - v.len(), g));
            v
        }
        _ => g.string(n, "0123456789").into_bytes(),
    };
    while count(&b) > MAX_ANSWER {
        let spots: Vec<usize> =
            (0..n).filter(|&i| (b[i] == b'1' || b[i] == b'2') && b.get(i + 1) != Some(&b'0')).collect();
        if spots.is_empty() {
            break;
        }
        b[*g.pick(&spots)] = b'7';
    }
    vec![json!(String::from_utf8(b).expect("digits are ASCII"))]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (s), got {}", input.len()));
    }
    let s = string(&input[0], "s")?;
    len_in(s.len(), 1, MAX_LEN, "s")?;
    if let Some((i, c)) = s.chars().enumerate().find(|(_, c)| !c.is_ascii_digit()) {
        return Err(format!("s[{i}] = {c:?} is not a digit"));
    }
    let answer = count(s.as_bytes());
    if answer > MAX_ANSWER {
        return Err(format!("the answer ({answer}) does not fit in a 32-bit integer"));
    }
    Ok(())
}
