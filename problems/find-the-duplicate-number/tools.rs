use crate::tools::prelude::*;

const MAX_N: usize = 100_000;

/// `n` is the largest allowed value (1 <= n <= 10^5); nums has n + 1 elements.
/// Modes:
/// - "random": 1..=n once each, plus a second copy of one of them, shuffled;
/// - "many": the duplicate appears 3 or more times, some values are missing;
/// - "all-same": every element is the same value;
/// - "tail": like random, with the two copies in the last two positions;
/// - "worst": following i -> nums[i] from index 0 visits every index: a tail
///   of about n / 2 steps, then a cycle through the rest, so Floyd's walk is
///   as long as it gets.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let nums: Vec<i64> = match mode {
        "many" => {
            let d = g.int(1, n as i64);
            let copies = g.usize(3.min(n + 1), n + 1);
            let mut others: Vec<i64> = (1..=n as i64).filter(|&v| v != d).collect();
            g.shuffle(&mut others);
            let mut v: Vec<i64> = vec![d; copies];
            v.extend(others.into_iter().take(n + 1 - copies));
            g.shuffle(&mut v);
            v
        }
        "all-same" => vec![g.int(1, n as i64); n + 1],
        "worst" => {
            // A path 0 -> p[0] -> p[1] -> ... -> p[n-1] -> p[j].
            let mut p: Vec<usize> = (1..=n).collect();
            g.shuffle(&mut p);
            let j = n / 2;
            let mut v = vec![0i64; n + 1];
            v[0] = p[0] as i64;
            for w in p.windows(2) {
                v[w[0]] = w[1] as i64;
            }
            v[p[n - 1]] = p[j] as i64;
            v
        }
        _ => {
            let mut v: Vec<i64> = (1..=n as i64).collect();
            g.shuffle(&mut v);
            let d = g.int(1, n as i64);
            if mode == "tail" {
                v.retain(|&x| x != d);
                v.push(d);
                v.push(d);
            } else {
                let at = g.usize(0, n);
                v.insert(at, d);
            }
            v
        }
    };
    vec![json!(nums)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (nums), got {}", input.len()));
    }
    let nums = array(&input[0], "nums")?;
    len_in(nums.len(), 2, MAX_N + 1, "nums (n + 1 with 1 <= n <= 10^5)")?;
    let n = nums.len() - 1;
    let nums = int_array(&input[0], 2, MAX_N + 1, 1, n as i64, "nums (values in 1..=n)")?;
    let mut count = vec![0usize; n + 1];
    for &x in &nums {
        count[x as usize] += 1;
    }
    let repeated: Vec<usize> = (1..=n).filter(|&v| count[v] >= 2).collect();
    if repeated.len() != 1 {
        return Err(format!(
            "exactly one value must appear two or more times, found {} such values{}",
            repeated.len(),
            if repeated.is_empty() { String::new() } else { format!(" (e.g. {} and {})", repeated[0], repeated[1]) }
        ));
    }
    Ok(())
}
