use crate::tools::prelude::*;

const MAX_CALLS: usize = 10_000;
const MAX_NUM: i64 = 100_000;

/// `n` add/find calls after the constructor. Modes:
/// - "random": numbers over the whole range, half the finds ask for a sum
///   of two added numbers (or twice one number);
/// - "dups": numbers in -5..=5, finds of 2x where x was added once or twice;
/// - "extremes": numbers at +-10^5, targets at +-2*10^5 and at the ends of
///   the i32 range;
/// - "worst": 5000 distinct even numbers added first, then 5000 finds of odd
///   targets in range, all failing (each one looks at every number).
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_CALLS);
    let mut names = vec![json!("TwoSum")];
    let mut args = vec![json!([])];
    let mut added: Vec<i64> = Vec::new();
    let push = |names: &mut Vec<Value>, args: &mut Vec<Value>, name: &str, v: i64| {
        names.push(json!(name));
        args.push(json!([v]));
    };
    match mode {
        "worst" => {
            let adds = n / 2;
            let nums = g.distinct(adds, -MAX_NUM / 2, MAX_NUM / 2);
            for x in nums {
                push(&mut names, &mut args, "add", 2 * x);
            }
            for _ in adds..n {
                push(&mut names, &mut args, "find", 2 * g.int(-MAX_NUM, MAX_NUM - 1) + 1);
            }
        }
        _ => {
            for _ in 0..n {
                if added.is_empty() || g.chance(0.5) {
                    let x = match mode {
                        "dups" => g.int(-5, 5),
                        "extremes" => *g.pick(&[-MAX_NUM, -MAX_NUM + 1, MAX_NUM - 1, MAX_NUM, 0]),
                        _ => g.int(-MAX_NUM, MAX_NUM),
                    };
                    added.push(x);
                    push(&mut names, &mut args, "add", x);
                } else {
                    let v = match (mode, g.usize(0, 3)) {
                        ("dups", _) => 2 * *g.pick(&added) + g.int(-1, 1),
                        ("extremes", 0) => *g.pick(&[i32::MIN as i64, i32::MAX as i64, i32::MIN as i64 + 1]),
                        ("extremes", 1) => *g.pick(&[2 * MAX_NUM, -2 * MAX_NUM, 2 * MAX_NUM - 1, 2 * MAX_NUM + 1]),
                        (_, 0 | 1) => *g.pick(&added) + *g.pick(&added),
                        (_, 2) => g.int(-2 * MAX_NUM, 2 * MAX_NUM),
                        _ => g.int(i32::MIN as i64, i32::MAX as i64),
                    };
                    push(&mut names, &mut args, "find", v);
                }
            }
        }
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
    len_in(names.len(), 1, MAX_CALLS + 1, "method names (constructor + at most 10^4 calls)")?;
    for (i, (name, arg)) in names.iter().zip(args).enumerate() {
        let name = string(name, &format!("method names[{i}]"))?;
        let arg = array(arg, &format!("arguments[{i}]"))?;
        let what = format!("arguments[{i}] ({name})");
        match (i, name) {
            (0, "TwoSum") => len_in(arg.len(), 0, 0, &what)?,
            (0, _) => return Err(format!("the first call must be the constructor TwoSum, got {name}")),
            (_, "add") => {
                len_in(arg.len(), 1, 1, &what)?;
                int_in(&arg[0], -MAX_NUM, MAX_NUM, &format!("{what} number"))?;
            }
            (_, "find") => {
                len_in(arg.len(), 1, 1, &what)?;
                int_in(&arg[0], i32::MIN as i64, i32::MAX as i64, &format!("{what} value"))?;
            }
            _ => return Err(format!("method names[{i}] = {name:?}: expected add or find")),
        }
    }
    Ok(())
}
