use crate::tools::prelude::*;

const MAX_CALLS: usize = 200_000;
const MAX_CAP: i64 = 3000;
const MAX_KEY: i64 = 10_000;
const MAX_VALUE: i64 = 100_000;

/// `n` get/put calls after the constructor. Modes:
/// - "random": capacity 1..=3000, keys over about twice the capacity, half gets;
/// - "small": capacity 1..=8, keys over 0..=2*capacity+1: constant evictions,
///   where evicting the wrong key shows within a few calls;
/// - "cap1": capacity 1;
/// - "updates": capacity 1..=50, mostly puts on keys already cached (a put
///   that refreshes a key must not evict anyone), gets in between;
/// - "worst": capacity 3000 filled first, then keys over the whole range
///   0..=10^4: most gets miss and every other put evicts, so a cache that
///   scans its entries does the full scan each call.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_CALLS);
    let cap = match mode {
        "worst" => MAX_CAP,
        "cap1" => 1,
        "small" => g.int(1, 8),
        "updates" => g.int(1, 50),
        _ => g.int(1, MAX_CAP),
    };
    let key_hi = match mode {
        "worst" => MAX_KEY,
        "updates" => cap + cap / 5 + 1,
        _ => (2 * cap + 1).min(MAX_KEY),
    };
    let mut names = vec![json!("LRUCache")];
    let mut args = vec![json!([cap])];
    let mut fill = 0;
    for _ in 0..n {
        if mode == "worst" && fill < cap {
            names.push(json!("put"));
            args.push(json!([fill, g.int(0, MAX_VALUE)]));
            fill += 1;
            continue;
        }
        let put = match mode {
            "updates" => g.chance(0.7),
            _ => g.chance(0.5),
        };
        let key = g.int(0, key_hi);
        if put {
            names.push(json!("put"));
            args.push(json!([key, g.int(0, MAX_VALUE)]));
        } else {
            names.push(json!("get"));
            args.push(json!([key]));
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
    len_in(names.len(), 1, MAX_CALLS + 1, "method names (constructor + at most 2*10^5 calls)")?;
    for (i, (name, arg)) in names.iter().zip(args).enumerate() {
        let name = string(name, &format!("method names[{i}]"))?;
        let arg = array(arg, &format!("arguments[{i}]"))?;
        let what = format!("arguments[{i}] ({name})");
        match (i, name) {
            (0, "LRUCache") => {
                len_in(arg.len(), 1, 1, &what)?;
                int_in(&arg[0], 1, MAX_CAP, "capacity")?;
            }
            (0, _) => return Err(format!("the first call must be the constructor LRUCache, got {name}")),
            (_, "get") => {
                len_in(arg.len(), 1, 1, &what)?;
                int_in(&arg[0], 0, MAX_KEY, &format!("{what} key"))?;
            }
            (_, "put") => {
                len_in(arg.len(), 2, 2, &what)?;
                int_in(&arg[0], 0, MAX_KEY, &format!("{what} key"))?;
                int_in(&arg[1], 0, MAX_VALUE, &format!("{what} value"))?;
            }
            _ => return Err(format!("method names[{i}] = {name:?}: expected get or put")),
        }
    }
    Ok(())
}
