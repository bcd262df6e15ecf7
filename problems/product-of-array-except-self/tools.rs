use crate::tools::prelude::*;

const MAX_N: usize = 100_000;
const LIM: i64 = 30;
/// Absolute products are tracked up to this cap (above any i32).
const CAP: u64 = 1 << 32;

/// Non-unit factors (2..=30) whose product stays within i32::MAX, so that
/// every product of a subset of them fits, whatever the signs.
fn factors(g: &mut Gen, greedy: bool) -> Vec<i64> {
    let mut out = Vec::new();
    let mut prod: i64 = 1;
    let mut misses = 0;
    while misses < 40 {
        let v = g.int(2, LIM);
        if prod * v <= i32::MAX as i64 {
            prod *= v;
            out.push(v);
            misses = 0;
        } else {
            misses += 1;
            if !greedy {
                break;
            }
        }
    }
    out
}

/// `n` values (2 <= n <= 10^5) in [-30, 30] whose every "product except self"
/// fits in an i32. Most values are 1 or -1; the few larger factors multiply to at
/// most i32::MAX. Modes:
/// - "random": random factors at random positions, random signs, no zero;
/// - "one-zero": like random, plus a single zero at a random position;
/// - "two-zeros": values uniform over [-30, 30] with at least two zeros (every
///   answer is 0, though the other values multiply to far beyond any integer type);
/// - "min": 31 copies of -2 among 1s: the answers are -2^31 (i32::MIN) and 2^30,
///   and the product of all values, 2^31, does not fit;
/// - "worst": no zero, factors packed close to i32::MAX, two of them at the
///   very ends of the array, signs random.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(2, MAX_N);
    let mut nums: Vec<i64> = vec![1; n];
    match mode {
        "two-zeros" => {
            for x in nums.iter_mut() {
                *x = g.int(-LIM, LIM);
            }
            let i = g.usize(0, n - 1);
            let mut j = g.usize(0, n - 2);
            if j >= i {
                j += 1;
            }
            nums[i] = 0;
            nums[j] = 0;
        }
        "min" => {
            let k = 31.min(n);
            let mut pos: Vec<usize> = (0..n).collect();
            g.shuffle(&mut pos);
            for &p in &pos[..k] {
                nums[p] = -2;
            }
        }
        _ => {
            for x in nums.iter_mut() {
                if g.chance(0.5) {
                    *x = -1;
                }
            }
            let worst = mode == "worst";
            let fs = factors(g, worst);
            let mut pos: Vec<usize> = (0..n).collect();
            g.shuffle(&mut pos);
            if worst {
                // The two largest factors go to the ends.
                pos.retain(|&p| p != 0 && p != n - 1);
                pos.insert(0, n - 1);
                pos.insert(0, 0);
            }
            let mut fs = fs;
            fs.sort_unstable_by(|a, b| b.cmp(a));
            for (k, &f) in fs.iter().enumerate().take(n) {
                let sign = if g.chance(0.5) { -1 } else { 1 };
                nums[pos[k]] = sign * f;
            }
            if mode == "one-zero" {
                let z = g.usize(0, n - 1);
                nums[z] = 0;
            }
        }
    }
    vec![json!(nums)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (nums), got {}", input.len()));
    }
    let nums = int_array(&input[0], 2, MAX_N, -LIM, LIM, "nums")?;
    let n = nums.len();
    let zeros = nums.iter().filter(|&&x| x == 0).count();
    if zeros >= 2 {
        return Ok(()); // every answer is 0
    }
    let negatives = nums.iter().filter(|&&x| x < 0).count();
    let sat = |a: u64, b: u64| a.saturating_mul(b).min(CAP);
    // suffix[i] = |nums[i..]| multiplied, capped.
    let mut suffix = vec![1u64; n + 1];
    for i in (0..n).rev() {
        suffix[i] = sat(suffix[i + 1], nums[i].unsigned_abs());
    }
    let mut prefix = 1u64;
    for (i, &x) in nums.iter().enumerate() {
        // With one zero, only the zero's own answer can be non-zero.
        if zeros == 0 || x == 0 {
            let abs = sat(prefix, suffix[i + 1]);
            let negative = (negatives - usize::from(x < 0)) % 2 == 1;
            let fits = if negative { abs <= 1 << 31 } else { abs < 1 << 31 };
            if !fits {
                let shown = if abs >= CAP {
                    "is at least 2^32 in absolute value".to_string()
                } else {
                    format!("= {}{abs}", if negative { "-" } else { "" })
                };
                return Err(format!("answer[{i}] {shown}, which does not fit in a 32-bit signed integer"));
            }
        }
        prefix = sat(prefix, x.unsigned_abs());
    }
    Ok(())
}
