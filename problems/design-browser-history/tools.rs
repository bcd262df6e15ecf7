use crate::tools::prelude::*;

const MAX_CALLS: usize = 5000;
const MAX_STEPS: i64 = 100;

fn url(g: &mut Gen) -> String {
    let len = g.usize(1, 20);
    let mut s = g.string(len, "abcdefghijklmnopqrstuvwxyz.");
    if g.chance(0.5) && len >= 5 {
        s.replace_range(len - 4.., ".com");
    }
    s
}

/// `n` calls after the constructor. Modes:
/// - "random": 40 % visits, then back and forward with 1..=8 steps;
/// - "far": steps over the whole range 1..=100, often past either end;
/// - "revisit": back a few steps, visit, then forward (which must stay put),
///   over and over, so the forward history is cut at different depths;
/// - "worst": long runs of visits, then back/forward of up to 100 steps.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_CALLS);
    let mut names = vec![json!("BrowserHistory")];
    let mut args = vec![json!([url(g)])];
    let mut i = 0;
    while i < n {
        let (name, arg) = match mode {
            "revisit" => match i % 4 {
                0 | 1 => ("visit", json!(url(g))),
                2 => ("back", json!(g.int(1, 4))),
                _ if g.chance(0.5) => ("visit", json!(url(g))),
                _ => ("forward", json!(g.int(1, 4))),
            },
            "far" | "worst" => {
                let visit_share = if mode == "worst" { 0.5 } else { 0.3 };
                if g.chance(visit_share) {
                    ("visit", json!(url(g)))
                } else {
                    let steps = if g.chance(0.5) { g.int(50, MAX_STEPS) } else { g.int(1, MAX_STEPS) };
                    (if g.chance(0.5) { "back" } else { "forward" }, json!(steps))
                }
            }
            _ => {
                if g.chance(0.4) {
                    ("visit", json!(url(g)))
                } else {
                    (if g.chance(0.5) { "back" } else { "forward" }, json!(g.int(1, 8)))
                }
            }
        };
        names.push(json!(name));
        args.push(json!([arg]));
        i += 1;
    }
    vec![Value::Array(names), Value::Array(args)]
}

fn check_url(v: &Value, what: &str) -> Result<(), String> {
    let s = string(v, what)?;
    len_in(s.len(), 1, 20, what)?;
    if let Some(c) = s.chars().find(|&c| c != '.' && !c.is_ascii_lowercase()) {
        return Err(format!("{what}: character {c:?} is neither '.' nor a lowercase English letter"));
    }
    Ok(())
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    len_in(input.len(), 2, 2, "input (method names, arguments)")?;
    let names = array(&input[0], "method names")?;
    let args = array(&input[1], "arguments")?;
    if names.len() != args.len() {
        return Err(format!("{} method names but {} argument lists", names.len(), args.len()));
    }
    len_in(names.len(), 1, MAX_CALLS + 1, "method names (constructor + at most 5000 calls)")?;
    for (i, (name, arg)) in names.iter().zip(args).enumerate() {
        let name = string(name, &format!("method names[{i}]"))?;
        let arg = array(arg, &format!("arguments[{i}]"))?;
        let what = format!("arguments[{i}] ({name})");
        len_in(arg.len(), 1, 1, &what)?;
        match (i, name) {
            (0, "BrowserHistory") => check_url(&arg[0], "homepage")?,
            (0, _) => return Err(format!("the first call must be the constructor BrowserHistory, got {name}")),
            (_, "visit") => check_url(&arg[0], &format!("{what} url"))?,
            (_, "back" | "forward") => {
                int_in(&arg[0], 1, MAX_STEPS, &format!("{what} steps"))?;
            }
            _ => return Err(format!("method names[{i}] = {name:?}: expected visit, back or forward")),
        }
    }
    Ok(())
}
