use crate::tools::prelude::*;

const MAX_CALLS: usize = 30_000;
const MAX_LEN: usize = 2000;
/// Not a LeetCode constraint: this judge's bound on the letters in one test, so
/// that max tests stay near LeetCode's real sizes (see `generate`).
const MAX_TOTAL: usize = 1_000_000;

fn call(names: &mut Vec<Value>, args: &mut Vec<Value>, method: &str, s: &str) {
    names.push(json!(method));
    args.push(json!([s]));
}

/// `s` with its last letter replaced by `c`.
fn with_last(s: &str, c: char) -> String {
    let mut out = s[..s.len() - 1].to_string();
    out.push(c);
    out
}

/// `n` calls after the constructor. Modes:
/// - "random": words of length 1..=10 over "abcdef" (so queries hit), 40 % inserts;
///   queries are stored words, their prefixes, or changed copies;
/// - "long": words of 1000..=2000 letters that share prefixes of one base string,
///   and long queries, until about 3 * 10^5 letters (a couple of hundred calls);
/// - "deep": one word of 2000 letters, then search and startsWith of every 10th of
///   its prefixes (and of the same with a wrong last letter);
/// - "worst": a third of the calls insert distinct words of 16..=20 letters over
///   "ab" first; then startsWith and search (3 to 1) on stored words whose last
///   letter is changed (no early exit: a trie walks the whole word and fails at the
///   end; a scan over stored words compares against every one); one query in 8 hits.
///
/// The constraints allow 10^4 words of 2000 letters (2 * 10^7 trie nodes), on which
/// a common accepted trie takes ~28 s; LeetCode's tests are nowhere near that, so no
/// test here holds more than 10^6 letters in all (checked by `validate`).
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_CALLS);
    let mut names = vec![json!("Trie")];
    let mut args = vec![json!([])];
    match mode {
        "worst" => {
            let inserts = n.div_ceil(3);
            let mut seen = std::collections::HashSet::new();
            let mut words = Vec::with_capacity(inserts);
            while words.len() < inserts {
                let len = g.usize(16, 20);
                let w = g.string(len, "ab");
                if seen.insert(w.clone()) {
                    call(&mut names, &mut args, "insert", &w);
                    words.push(w);
                }
            }
            let mut k = 0usize;
            while names.len() <= n {
                let w = g.pick(&words);
                let q = if g.chance(0.125) { w.clone() } else { with_last(w, 'c') };
                call(&mut names, &mut args, if k % 4 == 3 { "search" } else { "startsWith" }, &q);
                k += 1;
            }
        }
        "deep" => {
            let word = g.string(MAX_LEN, "abc");
            call(&mut names, &mut args, "insert", &word);
            let mut len = 10;
            while names.len() <= n && len <= MAX_LEN {
                let prefix = &word[..len];
                let wrong = with_last(prefix, 'z');
                for (method, q) in [("search", prefix), ("startsWith", prefix), ("search", &wrong), ("startsWith", &wrong)] {
                    if names.len() <= n {
                        call(&mut names, &mut args, method, q);
                    }
                }
                len += 10;
            }
        }
        "long" => {
            let base = g.string(MAX_LEN, "abcd");
            let mut total = 0usize;
            let mut words: Vec<String> = Vec::new();
            while names.len() <= n {
                let (method, q) = if words.is_empty() || g.chance(0.4) {
                    let len = g.usize(1000, MAX_LEN);
                    let cut = g.usize(0, len);
                    let w = format!("{}{}", &base[..cut], g.string(len - cut, "abcd"));
                    words.push(w.clone());
                    ("insert", w)
                } else {
                    let w = g.pick(&words).clone();
                    let q = match g.usize(0, 3) {
                        0 => w,
                        1 => w[..g.usize(1, w.len())].to_string(),
                        2 => with_last(&w, 'e'),
                        _ => base[..g.usize(1, MAX_LEN)].to_string(),
                    };
                    (if g.chance(0.5) { "search" } else { "startsWith" }, q)
                };
                total += q.len();
                if total > 300_000 {
                    break;
                }
                call(&mut names, &mut args, method, &q);
            }
        }
        _ => {
            let mut words: Vec<String> = Vec::new();
            for _ in 0..n {
                if words.is_empty() || g.chance(0.4) {
                    let len = g.usize(1, 10);
                    let w = g.string(len, "abcdef");
                    call(&mut names, &mut args, "insert", &w);
                    words.push(w);
                    continue;
                }
                let w = g.pick(&words).clone();
                let q = match g.usize(0, 3) {
                    0 => w.clone(),
                    1 => w[..g.usize(1, w.len())].to_string(),
                    2 => with_last(&w, *g.pick(&['a', 'b', 'c', 'd', 'e', 'f'])),
                    _ => format!("{w}{}", g.string(1, "abcdef")),
                };
                let method = if g.chance(0.5) { "search" } else { "startsWith" };
                call(&mut names, &mut args, method, &q);
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
    len_in(names.len(), 1, MAX_CALLS + 1, "method names (constructor + at most 3*10^4 calls)")?;
    let mut total = 0usize;
    for (i, (name, arg)) in names.iter().zip(args).enumerate() {
        let name = string(name, &format!("method names[{i}]"))?;
        let arg = array(arg, &format!("arguments[{i}]"))?;
        match (i, name) {
            (0, "Trie") => len_in(arg.len(), 0, 0, "arguments[0] (constructor)")?,
            (0, _) => return Err(format!("the first call must be the constructor Trie, got {name}")),
            (_, "insert" | "search" | "startsWith") => {
                let what = format!("arguments[{i}] ({name})");
                len_in(arg.len(), 1, 1, &what)?;
                let word = string(&arg[0], &what)?;
                len_in(word.len(), 1, MAX_LEN, &what)?;
                if let Some(c) = word.chars().find(|c| !c.is_ascii_lowercase()) {
                    return Err(format!("{what}: character {c:?} is not a lowercase English letter"));
                }
                total += word.len();
            }
            _ => return Err(format!("method names[{i}] = {name:?}: expected insert, search or startsWith")),
        }
    }
    if total > MAX_TOTAL {
        return Err(format!("{total} letters in all; this judge's tests keep to at most {MAX_TOTAL}"));
    }
    Ok(())
}
