use crate::tools::prelude::*;

const MAX_N: usize = 10_000;
const MAX_JUMP: i64 = 1000;

/// `n` jump lengths (1 <= n <= 10^4), each in [0, 1000], from which the last
/// index is always reachable. Modes:
/// - "random": lengths in [0, 10];
/// - "big": lengths in [0, 1000];
/// - "ones": every length 1 (the answer is n - 1, the largest possible);
/// - "traps": long jumps that land on 1s next to shorter jumps that reach
///   further: greedy on the jump length or on the value fails;
/// - "worst": every length 1000: a DP relaxes 1000 jumps from every index.
///
/// Zeros that would cut the array are raised to 1, so the end stays reachable.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let mut nums: Vec<i64> = match mode {
        "big" => (0..n).map(|_| g.int(0, MAX_JUMP)).collect(),
        "ones" => vec![1; n],
        "traps" => (0..n)
            .map(|i| match i % 4 {
                0 => g.int(3, 6),
                1 => g.int(1, 3),
                2 => g.int(2, 8),
                _ => 1,
            })
            .collect(),
        "worst" => vec![MAX_JUMP; n],
        _ => (0..n).map(|_| g.int(0, 10)).collect(),
    };
    let mut reach = 0usize;
    for i in 0..n {
        if i > reach {
            nums[i - 1] = 1;
            reach = i;
        }
        reach = reach.max(i + nums[i] as usize);
    }
    vec![json!(nums)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (nums), got {}", input.len()));
    }
    let nums = int_array(&input[0], 1, MAX_N, 0, MAX_JUMP, "nums")?;
    let mut reach = 0usize;
    for (i, &x) in nums.iter().enumerate() {
        if i > reach {
            return Err(format!("the last index must be reachable, but index {i} is not"));
        }
        reach = reach.max(i + x as usize);
    }
    Ok(())
}
