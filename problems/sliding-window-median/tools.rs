use crate::tools::prelude::*;

const MAX_N: usize = 100_000;
const MIN: i64 = i32::MIN as i64;
const MAX: i64 = i32::MAX as i64;

/// An even window size in 2..=n when possible (n = 1 gives 1).
fn even_k(n: usize, g: &mut Gen) -> usize {
    if n < 2 {
        1
    } else {
        2 * g.usize(1, n / 2)
    }
}

/// `n` values (clamped into 1..=10^5) over the whole i32 range and a window size k
/// in 1..=n. Modes:
/// - "random": uniform i32 values, k uniform;
/// - "large": values in [2^31 - 100, 2^31 - 1] with an even k: the two middles add
///   up past i32::MAX;
/// - "extremes": only i32::MIN, i32::MAX and their neighbours, even k;
/// - "dense": values in [-3, 3] (many equal values to remove), k uniform;
/// - "sorted": ascending uniform values, k uniform;
/// - "k1": k = 1 (the window is one value); "kn": k = n (one window);
/// - "worst": uniform values and k = n / 2 rounded to even: n / 2 + 1 windows of
///   n / 2 values, so re-sorting each window costs ~n^2 / 4 · log n.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let mut nums: Vec<i64> = match mode {
        "large" => (0..n).map(|_| g.int(MAX - 99, MAX)).collect(),
        "extremes" => (0..n).map(|_| *g.pick(&[MIN, MIN + 1, MAX - 1, MAX])).collect(),
        "dense" => (0..n).map(|_| g.int(-3, 3)).collect(),
        _ => (0..n).map(|_| g.int(MIN, MAX)).collect(),
    };
    if mode == "sorted" {
        nums.sort_unstable();
    }
    let k = match mode {
        "large" | "extremes" => even_k(n, g),
        "k1" => 1,
        "kn" => n,
        "worst" => (n / 2 / 2 * 2).max(1),
        _ => g.usize(1, n),
    };
    vec![json!(nums), json!(k)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    len_in(input.len(), 2, 2, "input (nums, k)")?;
    let nums = int_array(&input[0], 1, MAX_N, MIN, MAX, "nums")?;
    let n = i64::try_from(nums.len()).unwrap_or(i64::MAX);
    int_in(&input[1], 1, n, "k (1 <= k <= nums.length)")?;
    Ok(())
}
