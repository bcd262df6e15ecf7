use crate::tools::prelude::*;
use std::collections::{HashMap, HashSet};

const MAX_CALLS: usize = 300;
const MAX_PATH: usize = 100;
const MAX_CONTENT: usize = 50;

/// What exists: every directory (with "/") and file path.
#[derive(Default)]
struct Tree {
    dirs: Vec<String>,
    files: Vec<String>,
    kind: HashMap<String, bool>, // path -> is a directory
}

impl Tree {
    fn new() -> Self {
        let mut t = Tree::default();
        t.dirs.push("/".into());
        t.kind.insert("/".into(), true);
        t
    }

    fn join(dir: &str, name: &str) -> String {
        if dir == "/" { format!("/{name}") } else { format!("{dir}/{name}") }
    }

    /// A name not yet used inside `dir`.
    fn fresh(&self, dir: &str, alphabet: &str, max_len: usize, g: &mut Gen) -> Option<String> {
        for _ in 0..50 {
            let len = g.usize(1, max_len);
            let name = g.string(len, alphabet);
            if !self.kind.contains_key(&Tree::join(dir, &name)) {
                return Some(name);
            }
        }
        None
    }

    fn add(&mut self, path: String, dir: bool) {
        if self.kind.insert(path.clone(), dir).is_none() {
            if dir { self.dirs.push(path) } else { self.files.push(path) }
        }
    }
}

/// `n` calls (at most 300). Modes:
/// - "random": names of 1..=3 letters over "abc" (siblings that sort
///   close together), mkdir of 1..=3 new levels, files created and appended;
/// - "wide": everything in a few directories with many entries each, ls of
///   them (sorting matters);
/// - "deep": paths of up to 100 characters, ten and more levels deep;
/// - "worst": few files, appended to over and over (contents of thousands
///   of characters), read and listed between appends.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_CALLS);
    let (alphabet, name_len) = match mode {
        "deep" => ("abcdefghijklmnopqrstuvwxyz", 6),
        "wide" => ("abcdefghijklmnopqrstuvwxyz", 4),
        _ => ("abc", 3),
    };
    let mut tree = Tree::new();
    let mut names = vec![json!("FileSystem")];
    let mut args = vec![json!([])];
    let push = |names: &mut Vec<Value>, args: &mut Vec<Value>, name: &str, arg: Value| {
        names.push(json!(name));
        args.push(arg);
    };
    while names.len() <= n {
        let r = g.usize(0, 99);
        let (mk, add, ls) = match mode {
            "worst" => (5, 60, 80),
            "wide" => (30, 60, 85),
            "deep" => (35, 65, 85),
            _ => (25, 55, 80),
        };
        let dir = if mode == "wide" {
            let k = tree.dirs.len().min(3);
            tree.dirs[g.usize(0, k - 1)].clone()
        } else if mode == "deep" {
            // Prefer the most recent (deepest) directories.
            let k = tree.dirs.len();
            tree.dirs[g.usize(k.saturating_sub(3), k - 1)].clone()
        } else {
            g.pick(&tree.dirs).clone()
        };
        if r < mk {
            let levels = if mode == "deep" { g.usize(1, 4) } else { g.usize(1, 3) };
            let mut path = dir.clone();
            for _ in 0..levels {
                let Some(name) = tree.fresh(&path, alphabet, name_len, g) else { break };
                let next = Tree::join(&path, &name);
                if next.len() > MAX_PATH {
                    break;
                }
                tree.add(next.clone(), true);
                path = next;
            }
            if path != dir {
                push(&mut names, &mut args, "mkdir", json!([path]));
            }
        } else if r < add {
            let existing = !tree.files.is_empty()
                && if mode == "worst" { tree.files.len() >= 3 || g.chance(0.3) } else { g.chance(0.5) };
            let path = if existing {
                g.pick(&tree.files).clone()
            } else {
                match tree.fresh(&dir, alphabet, name_len, g) {
                    Some(name) if Tree::join(&dir, &name).len() <= MAX_PATH => Tree::join(&dir, &name),
                    _ => continue,
                }
            };
            let len = if mode == "worst" { MAX_CONTENT } else { g.usize(1, 12) };
            let content = g.string(len, "abcdefghijklmnopqrstuvwxyz");
            tree.add(path.clone(), false);
            push(&mut names, &mut args, "addContentToFile", json!([path, content]));
        } else if r < ls {
            let path = if !tree.files.is_empty() && g.chance(0.25) { g.pick(&tree.files).clone() } else { dir };
            push(&mut names, &mut args, "ls", json!([path]));
        } else if !tree.files.is_empty() {
            let path = g.pick(&tree.files).clone();
            push(&mut names, &mut args, "readContentFromFile", json!([path]));
        }
    }
    vec![Value::Array(names), Value::Array(args)]
}

/// An absolute path ("/" or "/a/b" with lowercase names), as its parts.
fn parts<'a>(v: &'a Value, what: &str) -> Result<(&'a str, Vec<&'a str>), String> {
    let p = string(v, what)?;
    len_in(p.len(), 1, MAX_PATH, what)?;
    if p == "/" {
        return Ok((p, vec![]));
    }
    if !p.starts_with('/') || p.ends_with('/') {
        return Err(format!("{what}: {p:?} must begin with '/' and not end with '/'"));
    }
    let names: Vec<&str> = p[1..].split('/').collect();
    for name in &names {
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase()) {
            return Err(format!("{what}: {p:?} has a name that is empty or not lowercase letters"));
        }
    }
    Ok((p, names))
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    len_in(input.len(), 2, 2, "input (method names, arguments)")?;
    let names = array(&input[0], "method names")?;
    let args = array(&input[1], "arguments")?;
    if names.len() != args.len() {
        return Err(format!("{} method names but {} argument lists", names.len(), args.len()));
    }
    len_in(names.len(), 1, MAX_CALLS + 1, "method names (constructor + at most 300 calls)")?;
    let mut dirs: HashSet<String> = HashSet::from(["/".to_string()]);
    let mut files: HashSet<String> = HashSet::new();
    for (i, (name, arg)) in names.iter().zip(args).enumerate() {
        let name = string(name, &format!("method names[{i}]"))?;
        let arg = array(arg, &format!("arguments[{i}]"))?;
        let what = format!("arguments[{i}] ({name})");
        let arity = match (i, name) {
            (0, "FileSystem") => 0,
            (0, _) => return Err(format!("the first call must be the constructor FileSystem, got {name}")),
            (_, "ls" | "mkdir" | "readContentFromFile") => 1,
            (_, "addContentToFile") => 2,
            _ => {
                return Err(format!(
                    "method names[{i}] = {name:?}: expected ls, mkdir, addContentToFile or readContentFromFile"
                ));
            }
        };
        len_in(arg.len(), arity, arity, &what)?;
        if i == 0 {
            continue;
        }
        let (path, parts) = parts(&arg[0], &format!("{what} path"))?;
        match name {
            "ls" if !dirs.contains(path) && !files.contains(path) => {
                return Err(format!("call {i}: ls of {path:?}, which does not exist"));
            }
            "readContentFromFile" if !files.contains(path) => {
                return Err(format!("call {i}: readContentFromFile of {path:?}, which is not a file"));
            }
            "mkdir" => {
                let mut cur = String::new();
                for p in parts {
                    cur.push('/');
                    cur.push_str(p);
                    if files.contains(&cur) {
                        return Err(format!("call {i}: mkdir {path:?} goes through the file {cur:?}"));
                    }
                    dirs.insert(cur.clone());
                }
            }
            "addContentToFile" => {
                if path == "/" || dirs.contains(path) {
                    return Err(format!("call {i}: addContentToFile to {path:?}, which is a directory"));
                }
                let parent = &path[..path.rfind('/').unwrap()];
                let parent = if parent.is_empty() { "/" } else { parent };
                if !dirs.contains(parent) {
                    return Err(format!("call {i}: the parent directory {parent:?} of the file does not exist"));
                }
                let content = string(&arg[1], &format!("{what} content"))?;
                len_in(content.len(), 1, MAX_CONTENT, &format!("{what} content"))?;
                files.insert(path.to_string());
            }
            _ => {}
        }
    }
    Ok(())
}
