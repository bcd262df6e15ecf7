use crate::tools::prelude::*;

const MAX_CALLS: usize = 10_000;
const MAX_KV: i64 = 1_000_000;

/// `n` put/get/remove calls after the constructor. Modes:
/// - "random": keys over 0..=10^6 (half the gets ask for a key used before);
/// - "small": keys 0..=30, so keys are overwritten, removed and re-put often;
/// - "collide": keys that are all equal modulo 1000 (and many modulo 1024),
///   which pile into one bucket of a naive table;
/// - "extremes": keys and values at the ends of the range (0 and 10^6);
/// - "worst": 60 % distinct puts first, then gets and removes of stored and
///   missing keys (the table at its fullest).
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_CALLS);
    let mut names = vec![json!("MyHashMap")];
    let mut args = vec![json!([])];
    let mut used: Vec<i64> = Vec::new();
    let worst_puts = n * 3 / 5;
    for i in 0..n {
        let key = match mode {
            "small" => g.int(0, 30),
            "collide" => g.int(0, 999) * 1000 + 24,
            "extremes" => *g.pick(&[0, 1, MAX_KV - 1, MAX_KV]),
            "worst" if i < worst_puts => i as i64 * 97 + g.int(0, 96),
            _ => {
                if !used.is_empty() && g.chance(0.5) {
                    *g.pick(&used)
                } else {
                    g.int(0, MAX_KV)
                }
            }
        };
        let value = if mode == "extremes" { *g.pick(&[0, MAX_KV]) } else { g.int(0, MAX_KV) };
        let op = if mode == "worst" && i < worst_puts {
            0
        } else if mode == "worst" {
            if g.chance(0.8) { 1 } else { 2 }
        } else {
            g.usize(0, 2)
        };
        match op {
            0 => {
                names.push(json!("put"));
                args.push(json!([key, value]));
                used.push(key);
            }
            1 => {
                names.push(json!("get"));
                args.push(json!([key]));
            }
            _ => {
                names.push(json!("remove"));
                args.push(json!([key]));
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
            (0, "MyHashMap") => len_in(arg.len(), 0, 0, &what)?,
            (0, _) => return Err(format!("the first call must be the constructor MyHashMap, got {name}")),
            (_, "put") => {
                len_in(arg.len(), 2, 2, &what)?;
                int_in(&arg[0], 0, MAX_KV, &format!("{what} key"))?;
                int_in(&arg[1], 0, MAX_KV, &format!("{what} value"))?;
            }
            (_, "get" | "remove") => {
                len_in(arg.len(), 1, 1, &what)?;
                int_in(&arg[0], 0, MAX_KV, &format!("{what} key"))?;
            }
            _ => return Err(format!("method names[{i}] = {name:?}: expected put, get or remove")),
        }
    }
    Ok(())
}
