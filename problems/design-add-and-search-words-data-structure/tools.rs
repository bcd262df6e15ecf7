use crate::tools::prelude::*;

const MAX_CALLS: usize = 10_000;
const MAX_LEN: usize = 25;
const LETTERS: &str = "abcdefghijklmnopqrstuvwxyz";

/// `word` with up to `dots` of its positions (distinct, random) replaced by '.'.
fn with_dots(word: &str, dots: usize, g: &mut Gen) -> String {
    let mut chars: Vec<char> = word.chars().collect();
    for _ in 0..dots.min(chars.len()) {
        let i = g.usize(0, chars.len() - 1);
        chars[i] = '.';
    }
    chars.into_iter().collect()
}

/// `word` with one position changed to a different letter of `alphabet`.
fn mutate(word: &str, alphabet: &str, g: &mut Gen) -> String {
    let mut chars: Vec<char> = word.chars().collect();
    let letters: Vec<char> = alphabet.chars().collect();
    let i = g.usize(0, chars.len() - 1);
    let old = chars[i];
    let choices: Vec<char> = letters.into_iter().filter(|&c| c != old && c != '.').collect();
    if !choices.is_empty() {
        chars[i] = *g.pick(&choices);
    }
    chars.into_iter().collect()
}

fn add(names: &mut Vec<Value>, args: &mut Vec<Value>, word: &str) {
    names.push(json!("addWord"));
    args.push(json!([word]));
}

fn search(names: &mut Vec<Value>, args: &mut Vec<Value>, word: &str) {
    names.push(json!("search"));
    args.push(json!([word]));
}

/// `n` calls after the constructor. Modes:
/// - "random": words of length 1..=25 over "abcde" (so searches hit), about 40 %
///   addWord; a search is an added word (maybe with one letter changed) with 0..=2 dots;
/// - "short": words of length 1..=3 over the whole alphabet, searches full of dots
///   ("." and ".." match almost anything once a few words are in);
/// - "no-dots": 5000 words of length 25 sharing their first 20 letters, then searches
///   without dots that are absent or present: a scan over all words compares long
///   common prefixes every time, a trie walks one path;
/// - "front-dots": half the calls add words of length 3..=5, then searches "..xy(z)"
///   where every two-letter start present is a branch to follow;
/// - "worst": half the calls add words of length 25 (any first letter, a shared body,
///   two last letters from a..m), then searches with a dot at the front and one before
///   the last letter that fail at the very end: a trie walks 26 deep branches and 13
///   children at the second dot per search; no early exit.
///
/// The constraints also allow ".." followed by 23 letters over all 676 two-letter
/// starts of 25-letter words: every search then walks 676 branches to full depth,
/// about 1.5 * 10^8 trie steps per test (0.3 s for an array trie, 2 s for a common
/// HashMap trie). That is far beyond LeetCode's real tests and is not generated, in
/// the same spirit as 208's long words (see DESIGN.md).
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_CALLS);
    let mut names = vec![json!("WordDictionary")];
    let mut args = vec![json!([])];
    let mut added: Vec<String> = Vec::new();
    match mode {
        "worst" => {
            // Words: any first letter, one shared 21-letter body, then two letters
            // from a..m (26 * 13 * 13 = 4394 words). Searches: "." + body + "." + a
            // letter from n..z, which walks all 26 branches through the body and all
            // 13 children at the second dot before failing (one in 8 ends in a..m
            // and succeeds in the first branch).
            let body = g.string(MAX_LEN - 4, LETTERS);
            let first: Vec<char> = LETTERS.chars().collect();
            let ends: Vec<char> = "abcdefghijklm".chars().collect();
            let mut words = Vec::new();
            for &a in &first {
                for &y in &ends {
                    for &z in &ends {
                        words.push(format!("{a}{body}{y}{z}"));
                    }
                }
            }
            g.shuffle(&mut words);
            words.truncate(n / 2);
            for w in &words {
                add(&mut names, &mut args, w);
            }
            while names.len() <= n {
                let last = if g.chance(0.125) { *g.pick(&ends) } else { *g.pick(&first[13..]) };
                search(&mut names, &mut args, &format!(".{body}.{last}"));
            }
        }
        "front-dots" => {
            // Short words over the whole alphabet, searches starting with two dots:
            // every two-letter start in the structure is a branch to follow.
            let adds = n / 2;
            for _ in 0..adds {
                let len = g.usize(3, 5);
                add(&mut names, &mut args, &g.string(len, LETTERS));
            }
            while names.len() <= n {
                let len = g.usize(3, 5);
                let tail = g.string(len - 2, LETTERS);
                search(&mut names, &mut args, &format!("..{tail}"));
            }
        }
        "no-dots" => {
            let common = g.string(20, LETTERS);
            let adds = n / 2;
            for _ in 0..adds {
                let w = format!("{common}{}", g.string(5, LETTERS));
                add(&mut names, &mut args, &w);
                added.push(w);
            }
            while names.len() <= n {
                let w = if g.chance(0.3) {
                    g.pick(&added).clone()
                } else {
                    format!("{common}{}", g.string(5, LETTERS))
                };
                search(&mut names, &mut args, &w);
            }
        }
        _ => {
            let (alphabet, lo, hi, p_add) = if mode == "short" { (LETTERS, 1, 3, 0.3) } else { ("abcde", 1, MAX_LEN, 0.4) };
            for i in 0..n {
                if i == 0 || g.chance(p_add) {
                    let len = g.usize(lo, hi);
                    let w = g.string(len, alphabet);
                    add(&mut names, &mut args, &w);
                    added.push(w);
                } else {
                    let base = g.pick(&added).clone();
                    let base = if g.chance(0.5) { mutate(&base, alphabet, g) } else { base };
                    let dots = g.usize(0, 2);
                    search(&mut names, &mut args, &with_dots(&base, dots, g));
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
        match (i, name) {
            (0, "WordDictionary") => len_in(arg.len(), 0, 0, "arguments[0] (constructor)")?,
            (0, _) => return Err(format!("the first call must be the constructor WordDictionary, got {name}")),
            (_, "addWord" | "search") => {
                let what = format!("arguments[{i}] ({name})");
                len_in(arg.len(), 1, 1, &what)?;
                let word = string(&arg[0], &what)?;
                len_in(word.len(), 1, MAX_LEN, &what)?;
                let dots_ok = name == "search";
                if let Some(c) = word.chars().find(|&c| !(c.is_ascii_lowercase() || dots_ok && c == '.')) {
                    return Err(format!("{what} = {word:?}: character {c:?} is not allowed"));
                }
                let dots = word.bytes().filter(|&b| b == b'.').count();
                if dots > 2 {
                    return Err(format!("{what} = {word:?}: {dots} dots, at most 2 are allowed"));
                }
            }
            _ => return Err(format!("method names[{i}] = {name:?}: expected addWord or search")),
        }
    }
    Ok(())
}
