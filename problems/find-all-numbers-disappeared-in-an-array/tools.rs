use crate::tools::prelude::*;

const MAX_N: usize = 100_000;

/// `n` values (1 <= n <= 10^5), each in 1..=n. Modes:
/// - "random": uniform values (about n / e of 1..=n missing);
/// - "permutation": every value once (nothing missing);
/// - "all-same": one value n times (n - 1 missing);
/// - "one-missing": a permutation with one value replaced by a copy of another;
/// - "ends": 1 and n are missing, the rest present, some duplicated;
/// - "sorted": uniform values, sorted;
/// - "worst": only the upper half of the values, each twice: half of 1..=n is
///   missing and every missing value costs a search through all of nums.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let top = n as i64;
    let mut nums: Vec<i64> = match mode {
        "permutation" => (1..=top).collect(),
        "all-same" => vec![g.int(1, top); n],
        "one-missing" => {
            let mut v: Vec<i64> = (1..=top).collect();
            if n > 1 {
                let i = g.usize(0, n - 1);
                let mut j = g.usize(0, n - 2);
                if j >= i {
                    j += 1;
                }
                v[i] = v[j];
            }
            v
        }
        "ends" => {
            if n <= 2 {
                vec![1; n]
            } else {
                let mut v: Vec<i64> = (2..top).collect();
                v.push(g.int(2, top - 1));
                v.push(g.int(2, top - 1));
                v
            }
        }
        "worst" => (0..n).map(|i| top - (i as i64) / 2).collect(),
        _ => (0..n).map(|_| g.int(1, top)).collect(),
    };
    if mode == "sorted" {
        nums.sort_unstable();
    } else {
        g.shuffle(&mut nums);
    }
    vec![json!(nums)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (nums), got {}", input.len()));
    }
    let items = array(&input[0], "nums")?;
    len_in(items.len(), 1, MAX_N, "nums")?;
    int_array(&input[0], 1, MAX_N, 1, items.len() as i64, "nums (values in 1..=n)")?;
    Ok(())
}
