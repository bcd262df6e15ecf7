use crate::tools::prelude::*;
use std::collections::HashSet;

const MAX_CALLS: usize = 5000;
const MAX_SENTENCES: usize = 100;
const MAX_LEN: usize = 100;
const MAX_TYPED: usize = 200;
const WORDS: [&str; 14] = ["i", "a", "an", "and", "ant", "be", "bee", "beer", "cat", "car", "cart", "love", "lovely", "low"];

/// Words from `vocab` joined by single spaces, at most `max_len` characters.
fn sentence(vocab: &[&str], words: usize, max_len: usize, g: &mut Gen) -> String {
    let mut s = String::new();
    for _ in 0..words {
        let w = *g.pick(vocab);
        if s.len() + w.len() + usize::from(!s.is_empty()) > max_len {
            break;
        }
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(w);
    }
    if s.is_empty() {
        s.push_str(&vocab[0][..vocab[0].len().min(max_len)]);
    }
    s
}

/// `n` input calls (characters) after the constructor; every typed sentence
/// ends with '#'. Words come from a small vocabulary sharing prefixes, so
/// many sentences match. Modes:
/// - "random": 1..=100 initial sentences with times 1..=50; typed sentences
///   repeat an existing one, extend one, or are new;
/// - "ties": every time is 1 or 2, so order among equals decides;
/// - "repeat": a few sentences typed again and again, overtaking the
///   initial counts (a '#' adds one to an existing sentence);
/// - "worst": 100 initial sentences of up to 100 characters sharing
///   prefixes of 30..=60 characters, typed sentences of up to 200 characters that match many
///   sentences for a long time.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(2, MAX_CALLS);
    let count = if mode == "worst" { MAX_SENTENCES } else { g.usize(1, MAX_SENTENCES) };
    let mut seen = HashSet::new();
    let mut sentences: Vec<String> = Vec::new();
    let base = sentence(&WORDS, 30, 60, g);
    let mut tries = 0;
    while sentences.len() < count && tries < 10_000 {
        tries += 1;
        let s = if mode == "worst" {
            let cut = g.usize(base.len() / 2, base.len());
            let head = base[..cut].trim_end().to_string();
            let tail = sentence(&WORDS, 30, MAX_LEN - head.len() - 1, g);
            format!("{head} {tail}")
        } else {
            let words = g.usize(1, 6);
            sentence(&WORDS, words, MAX_LEN, g)
        };
        if s.len() <= MAX_LEN && seen.insert(s.clone()) {
            sentences.push(s);
        }
    }
    let times: Vec<i64> = sentences
        .iter()
        .map(|_| match mode {
            "ties" => g.int(1, 2),
            _ => g.int(1, 50),
        })
        .collect();
    let favourites: Vec<String> = (0..3).map(|_| sentence(&WORDS, 3, 40, g)).collect();
    let mut names = vec![json!("AutocompleteSystem")];
    let mut args = vec![json!([sentences.clone(), times])];
    let initial = sentences.clone();
    let mut calls = 0;
    while calls + 2 <= n {
        let mut target = match (mode, g.usize(0, 2)) {
            ("repeat", _) => g.pick(&favourites).clone(),
            ("worst", _) => {
                let s = g.pick(&initial).clone();
                let extra = sentence(&WORDS, 30, MAX_TYPED - s.len() - 1, g);
                if g.chance(0.5) { format!("{s} {extra}") } else { s }
            }
            (_, 0) => g.pick(&initial).clone(),
            (_, 1) => {
                let s = g.pick(&initial).clone();
                let extra = sentence(&WORDS, 2, 40, g);
                format!("{s} {extra}")
            }
            _ => {
                let words = g.usize(1, 4);
                sentence(&WORDS, words, 60, g)
            }
        };
        let room = n - calls - 1;
        if target.len() > room {
            target.truncate(room);
            target = target.trim_end().to_string();
            if target.is_empty() {
                break;
            }
        }
        for c in target.chars() {
            names.push(json!("input"));
            args.push(json!([c.to_string()]));
        }
        names.push(json!("input"));
        args.push(json!(["#"]));
        calls += target.len() + 1;
        if !sentences.contains(&target) {
            sentences.push(target);
        }
    }
    vec![Value::Array(names), Value::Array(args)]
}

/// Lowercase words separated by single spaces.
fn check_sentence(s: &str, what: &str) -> Result<(), String> {
    if let Some(c) = s.chars().find(|&c| c != ' ' && !c.is_ascii_lowercase()) {
        return Err(format!("{what}: character {c:?} is neither a lowercase letter nor a space"));
    }
    if s.starts_with(' ') || s.ends_with(' ') || s.contains("  ") {
        return Err(format!("{what}: {s:?} does not have its words separated by single spaces"));
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
    if string(&names[0], "method names[0]")? != "AutocompleteSystem" {
        return Err("the first call must be the constructor AutocompleteSystem".into());
    }
    let ctor = array(&args[0], "arguments[0]")?;
    len_in(ctor.len(), 2, 2, "arguments[0] (sentences, times)")?;
    let sentences = array(&ctor[0], "sentences")?;
    len_in(sentences.len(), 1, MAX_SENTENCES, "sentences")?;
    let times = int_array(&ctor[1], 1, MAX_SENTENCES, 1, 50, "times")?;
    if times.len() != sentences.len() {
        return Err(format!("{} sentences but {} times (n == times.length)", sentences.len(), times.len()));
    }
    let mut seen = HashSet::new();
    for (i, s) in sentences.iter().enumerate() {
        let what = format!("sentences[{i}]");
        let s = string(s, &what)?;
        len_in(s.len(), 1, MAX_LEN, &what)?;
        check_sentence(s, &what)?;
        if !seen.insert(s) {
            return Err(format!("{what} = {s:?} appears twice"));
        }
    }
    let mut typed = String::new();
    for (i, (name, arg)) in names.iter().zip(args).enumerate().skip(1) {
        let name = string(name, &format!("method names[{i}]"))?;
        if name != "input" {
            return Err(format!("method names[{i}] = {name:?}: expected input"));
        }
        let what = format!("arguments[{i}] (input)");
        let arg = array(arg, &what)?;
        len_in(arg.len(), 1, 1, &what)?;
        let c = string(&arg[0], &what)?;
        match c {
            "#" => {
                len_in(typed.len(), 1, MAX_TYPED, &format!("call {i}: the typed sentence"))?;
                check_sentence(&typed, &format!("call {i}: the typed sentence"))?;
                typed.clear();
            }
            _ if c.len() == 1 && (c == " " || c.chars().all(|c| c.is_ascii_lowercase())) => {
                typed.push_str(c);
                len_in(typed.len(), 1, MAX_TYPED, &format!("call {i}: the typed sentence"))?;
            }
            _ => return Err(format!("{what}: {c:?} is not a lowercase letter, a space or '#'")),
        }
    }
    Ok(())
}
