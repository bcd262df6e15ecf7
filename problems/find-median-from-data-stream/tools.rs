use crate::tools::prelude::*;

const MAX_CALLS: usize = 50_000;
const LIMIT: i64 = 100_000;

/// `n` calls after the constructor (the first one an addNum). Modes:
/// "random" (random values, about half the calls findMedian), "dups" (values
/// in -3..=3), "extremes" (values alternating between the two ends of the
/// range), "descending-adds" (decreasing values, a findMedian every 100
/// calls: each number lands at the front of a sorted list), and "worst":
/// addNum and findMedian strictly alternate on random values, so there are
/// as many queries as possible, each on a grown, unsorted stream.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_CALLS);
    let mut names = vec![json!("MedianFinder")];
    let mut args = vec![json!([])];
    let mut next = LIMIT; // for "descending-adds"
    for i in 0..n {
        let find = i > 0
            && match mode {
                "worst" => i % 2 == 1,
                "descending-adds" => i % 100 == 99 || i == n - 1,
                _ => g.chance(0.5),
            };
        if find {
            names.push(json!("findMedian"));
            args.push(json!([]));
            continue;
        }
        let num = match mode {
            "dups" => g.int(-3, 3),
            "extremes" => {
                let end = if i % 2 == 0 { LIMIT } else { -LIMIT };
                end - end.signum() * g.int(0, 10)
            }
            "descending-adds" => {
                // Decreasing, spread over the range for any n <= MAX_CALLS.
                let step = (2 * LIMIT / n as i64).max(1);
                let num = next;
                next = (next - g.int(1, step)).max(-LIMIT);
                num
            }
            _ => g.int(-LIMIT, LIMIT),
        };
        names.push(json!("addNum"));
        args.push(json!([num]));
    }
    vec![Value::Array(names), Value::Array(args)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    len_in(input.len(), 2, 2, "input (method names, arguments)")?;
    let names = array(&input[0], "method names")?;
    let args = array(&input[1], "arguments")?;
    if names.len() != args.len() {
        return Err(format!("{} method names but {} argument lists", names.len(), args.len()));
    }
    len_in(names.len(), 1, MAX_CALLS + 1, "method names (constructor + at most 5*10^4 calls)")?;
    let mut count = 0usize;
    for (i, (name, arg)) in names.iter().zip(args).enumerate() {
        let name = string(name, &format!("method names[{i}]"))?;
        let arg = array(arg, &format!("arguments[{i}]"))?;
        let expected = match (i, name) {
            (0, "MedianFinder") => 0,
            (0, _) => return Err(format!("the first call must be the constructor MedianFinder, got {name}")),
            (_, "addNum") => 1,
            (_, "findMedian") => 0,
            _ => return Err(format!("method names[{i}] = {name:?}: expected addNum or findMedian")),
        };
        len_in(arg.len(), expected, expected, &format!("arguments[{i}] ({name})"))?;
        match name {
            "addNum" => {
                int_in(&arg[0], -LIMIT, LIMIT, &format!("arguments[{i}] (addNum's num)"))?;
                count += 1;
            }
            "findMedian" if count == 0 => {
                return Err(format!("call {i}: findMedian before any addNum (the structure is empty)"));
            }
            _ => {}
        }
    }
    Ok(())
}
