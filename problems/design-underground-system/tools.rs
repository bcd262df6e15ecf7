use crate::tools::prelude::*;
use std::collections::{HashMap, HashSet};

const MAX_CALLS: usize = 20_000;
const MAX_ID_T: i64 = 1_000_000;
const ALNUM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

fn station_pool(mode: &str, g: &mut Gen) -> Vec<String> {
    let fixed: &[&str] = match mode {
        "similar" => &["A", "AB", "BC", "C"],
        "reverse" => &["North", "South"],
        _ => &[],
    };
    if !fixed.is_empty() {
        return fixed.iter().map(|s| s.to_string()).collect();
    }
    let count = if mode == "worst" { 150 } else { 8 };
    let mut seen = HashSet::new();
    while seen.len() < count {
        let len = g.usize(1, 10);
        seen.insert(g.string(len, ALNUM));
    }
    let mut pool: Vec<String> = seen.into_iter().collect();
    pool.sort();
    pool
}

fn call(names: &mut Vec<Value>, args: &mut Vec<Value>, name: &str, arg: Value) {
    names.push(json!(name));
    args.push(arg);
}

/// `n` calls after the constructor. Events happen in increasing time, every
/// check-out follows its customer's check-in, and getAverageTime only asks for
/// routes with a finished trip. Modes:
/// - "random": 8 stations, about a third of the calls getAverageTime;
/// - "similar": stations "A", "AB", "BC" and "C" (a key that glues two
///   names without a separator confuses "AB" -> "C" with "A" -> "BC");
/// - "reverse": two stations, trips in both directions;
/// - "overflow": a third of the calls check customers in at the start, a
///   third check them out near t = 10^6 on one route (a total near 6 * 10^9),
///   then averages;
/// - "worst": 150 stations, thousands of routes, the maximum number of calls.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_CALLS);
    let pool = station_pool(mode, g);
    let mut names = vec![json!("UndergroundSystem")];
    let mut args = vec![json!([])];
    if mode == "overflow" {
        let k = (n / 3).max(1);
        let ids = g.distinct(k, 1, MAX_ID_T);
        for (j, id) in ids.iter().enumerate() {
            call(&mut names, &mut args, "checkIn", json!([id, "Start", j + 1]));
        }
        for (j, id) in ids.iter().enumerate() {
            call(&mut names, &mut args, "checkOut", json!([id, "End", MAX_ID_T as usize - k + j + 1]));
        }
        while names.len() <= n {
            call(&mut names, &mut args, "getAverageTime", json!(["Start", "End"]));
        }
        names.truncate(n + 1);
        args.truncate(n + 1);
        return vec![Value::Array(names), Value::Array(args)];
    }
    let step = ((MAX_ID_T - 1) / n as i64).clamp(1, 40);
    let mut now = 0i64;
    let mut open: HashMap<i64, String> = HashMap::new();
    let mut open_ids: Vec<i64> = Vec::new();
    let mut routes: Vec<(String, String)> = Vec::new();
    let mut known: HashSet<(String, String)> = HashSet::new();
    for _ in 0..n {
        let r = g.usize(0, 99);
        if !routes.is_empty() && (r < 33 || (open_ids.is_empty() && r < 50)) {
            let (a, b) = g.pick(&routes).clone();
            call(&mut names, &mut args, "getAverageTime", json!([a, b]));
        } else if !open_ids.is_empty() && (r < 70 || open_ids.len() > 500) {
            now += g.int(1, step);
            let at = g.usize(0, open_ids.len() - 1);
            let id = open_ids.swap_remove(at);
            let from = open.remove(&id).unwrap();
            let to = g.pick(&pool).clone();
            call(&mut names, &mut args, "checkOut", json!([id, to, now]));
            if known.insert((from.clone(), to.clone())) {
                routes.push((from, to));
            }
        } else {
            now += g.int(1, step);
            let mut id = g.int(1, MAX_ID_T);
            while open.contains_key(&id) {
                id = g.int(1, MAX_ID_T);
            }
            let from = g.pick(&pool).clone();
            call(&mut names, &mut args, "checkIn", json!([id, from, now]));
            open.insert(id, from);
            open_ids.push(id);
        }
    }
    vec![Value::Array(names), Value::Array(args)]
}

fn station(v: &Value, what: &str) -> Result<String, String> {
    let s = string(v, what)?;
    len_in(s.len(), 1, 10, what)?;
    if let Some(c) = s.chars().find(|c| !c.is_ascii_alphanumeric()) {
        return Err(format!("{what}: character {c:?} is not an English letter or digit"));
    }
    Ok(s.to_string())
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    len_in(input.len(), 2, 2, "input (method names, arguments)")?;
    let names = array(&input[0], "method names")?;
    let args = array(&input[1], "arguments")?;
    if names.len() != args.len() {
        return Err(format!("{} method names but {} argument lists", names.len(), args.len()));
    }
    len_in(names.len(), 1, MAX_CALLS + 1, "method names (constructor + at most 2*10^4 calls)")?;
    let mut open: HashMap<i64, i64> = HashMap::new();
    let mut routes: HashSet<(String, String)> = HashSet::new();
    let mut from: HashMap<i64, String> = HashMap::new();
    let mut last_t = 0i64;
    for (i, (name, arg)) in names.iter().zip(args).enumerate() {
        let name = string(name, &format!("method names[{i}]"))?;
        let arg = array(arg, &format!("arguments[{i}]"))?;
        let what = format!("arguments[{i}] ({name})");
        match (i, name) {
            (0, "UndergroundSystem") => len_in(arg.len(), 0, 0, &what)?,
            (0, _) => return Err(format!("the first call must be the constructor UndergroundSystem, got {name}")),
            (_, "checkIn" | "checkOut") => {
                len_in(arg.len(), 3, 3, &what)?;
                let id = int_in(&arg[0], 1, MAX_ID_T, &format!("{what} id"))?;
                let st = station(&arg[1], &format!("{what} stationName"))?;
                let t = int_in(&arg[2], 1, MAX_ID_T, &format!("{what} t"))?;
                if t < last_t {
                    return Err(format!("call {i}: t = {t} is earlier than the previous event ({last_t}); events are chronological"));
                }
                last_t = t;
                if name == "checkIn" {
                    if open.contains_key(&id) {
                        return Err(format!("call {i}: customer {id} checks in while already checked in"));
                    }
                    open.insert(id, t);
                    from.insert(id, st);
                } else {
                    let t0 = open.remove(&id).ok_or_else(|| format!("call {i}: customer {id} checks out without checking in"))?;
                    if t <= t0 {
                        return Err(format!("call {i}: customer {id} checks out at {t}, not after checking in at {t0}"));
                    }
                    routes.insert((from.remove(&id).unwrap(), st));
                }
            }
            (_, "getAverageTime") => {
                len_in(arg.len(), 2, 2, &what)?;
                let a = station(&arg[0], &format!("{what} startStation"))?;
                let b = station(&arg[1], &format!("{what} endStation"))?;
                if !routes.contains(&(a.clone(), b.clone())) {
                    return Err(format!("call {i}: getAverageTime({a}, {b}) before any trip on that route"));
                }
            }
            _ => return Err(format!("method names[{i}] = {name:?}: expected checkIn, checkOut or getAverageTime")),
        }
    }
    Ok(())
}
