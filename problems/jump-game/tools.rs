use crate::tools::prelude::*;

const MAX_N: usize = 10_000;
const MAX_JUMP: i64 = 100_000;

/// `n` jump lengths (1 <= n <= 10^4), each in [0, 10^5]. Modes:
/// - "random": small lengths in [0, 4] (zeros are common, either answer);
/// - "big": lengths anywhere in [0, 10^5] (usually reachable at once);
/// - "ones": every length 1: reachable, one step at a time;
/// - "exact": length k on every k-th index, 0 elsewhere: reachable only by
///   landing exactly on those indices;
/// - "wall": lengths in [1, 3] that never pass a 0 just before the last index:
///   unreachable, with exponentially many paths leading to the wall;
/// - "worst": every index before the wall jumps exactly onto it (the wall is a
///   0 at index n - 2): unreachable, the reach grows to n - 2 and stops there,
///   and a DP scans every longer range (n^2 / 2 work) for nothing.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let nums: Vec<i64> = match mode {
        "big" => (0..n).map(|_| if g.chance(0.3) { 0 } else { g.int(0, MAX_JUMP) }).collect(),
        "ones" => vec![1; n],
        "exact" => {
            let k = g.int(2, 50);
            (0..n as i64).map(|i| if i % k == 0 { k } else { 0 }).collect()
        }
        "wall" | "worst" if n >= 3 => {
            let wall = n - 2;
            let mut v: Vec<i64> = (0..n)
                .map(|j| {
                    if j >= wall {
                        0
                    } else if mode == "worst" {
                        (wall - j) as i64
                    } else {
                        g.int(1, 3).min((wall - j) as i64)
                    }
                })
                .collect();
            v[n - 1] = g.int(0, MAX_JUMP);
            v
        }
        _ => (0..n).map(|_| g.int(0, 4)).collect(),
    };
    vec![json!(nums)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (nums), got {}", input.len()));
    }
    int_array(&input[0], 1, MAX_N, 0, MAX_JUMP, "nums")?;
    Ok(())
}
