use crate::tools::prelude::*;
use std::collections::HashSet;

const MAX_WORDS: usize = 5000;
const MAX_LEN: usize = 10;

fn word(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("ASCII letters")
}

/// `count` distinct random words of `len` letters from `alphabet`, none of them in `avoid`.
fn random_words(count: usize, len: usize, alphabet: &str, avoid: &HashSet<String>, g: &mut Gen) -> Vec<String> {
    let mut seen: HashSet<String> = HashSet::new();
    let mut out = Vec::with_capacity(count);
    while out.len() < count {
        let w = g.string(len, alphabet);
        if !avoid.contains(&w) && seen.insert(w.clone()) {
            out.push(w);
        }
    }
    out
}

/// The dictionary word farthest from `begin` (BFS over one-letter changes),
/// with its distance in changes; None if no dictionary word is next to `begin`.
fn farthest(begin: &str, dict: &HashSet<String>) -> Option<(String, usize)> {
    let mut seen: HashSet<Vec<u8>> = HashSet::from([begin.as_bytes().to_vec()]);
    let mut frontier: Vec<Vec<u8>> = vec![begin.as_bytes().to_vec()];
    let mut last: Option<(String, usize)> = None;
    let mut depth = 0;
    while !frontier.is_empty() {
        depth += 1;
        let mut next = Vec::new();
        for w in &frontier {
            let mut cur = w.clone();
            for i in 0..cur.len() {
                let keep = cur[i];
                for c in b'a'..=b'z' {
                    cur[i] = c;
                    if c != keep && !seen.contains(&cur) && dict.contains(std::str::from_utf8(&cur).unwrap_or("")) {
                        seen.insert(cur.clone());
                        next.push(cur.clone());
                    }
                }
                cur[i] = keep;
            }
        }
        if let Some(w) = next.first() {
            last = Some((word(w), depth));
        }
        frontier = next;
    }
    last
}

/// A ladder without shortcuts: from w_0 = "aa..a", step k changes position
/// (k - 1) % len to its next letter (a..t), so every position only moves forward
/// through the alphabet and w_i, w_j differ in min(|i - j|, len) positions.
/// Around it, up to `extra` side words that replace 1 to 3 positions of one of
/// the rungs w_0..w_{grow - 1} by letters from u..z, each one letter away from
/// an earlier word (so all of them are reachable); none of them shortens the
/// ladder. Returns (w_0..=w_steps, side words).
fn ladder(len: usize, steps: usize, grow: usize, extra: usize, g: &mut Gen) -> (Vec<String>, Vec<String>) {
    let mut rungs: Vec<Vec<u8>> = vec![vec![b'a'; len]];
    for k in 1..=steps {
        let mut next = rungs[k - 1].clone();
        next[(k - 1) % len] += 1;
        rungs.push(next);
    }
    let mut seen: HashSet<Vec<u8>> = rungs.iter().cloned().collect();
    // Each side word: (its bytes, how many positions hold a u..z letter).
    let mut extras: Vec<(Vec<u8>, usize)> = Vec::with_capacity(extra);
    let mut attempts = 0usize;
    while grow > 0 && extras.len() < extra && attempts < 100 * extra + 1000 {
        attempts += 1;
        let (mut w, replaced) = if extras.is_empty() || g.chance(0.3) {
            (rungs[g.usize(0, grow - 1)].clone(), 0)
        } else {
            extras[g.usize(0, extras.len() - 1)].clone()
        };
        let p = g.usize(0, len - 1);
        let was_replaced = w[p] >= b'u';
        if !was_replaced && replaced >= 3 {
            continue;
        }
        w[p] = b'u' + g.usize(0, 5) as u8;
        if seen.insert(w.clone()) {
            extras.push((w, replaced + usize::from(!was_replaced)));
        }
    }
    (rungs.iter().map(|r| word(r)).collect(), extras.iter().map(|(w, _)| word(w)).collect())
}

/// A word list of `n` words (1 <= n <= 5000). Modes:
/// - "random": 5-letter words over a..f (a dense graph); beginWord is not in
///   the list, endWord is;
/// - "missing": like "random", but endWord is not in the list (answer 0);
/// - "sparse": 10-letter words over a..c (under two neighbours each on average);
///   beginWord (not in the list) and endWord are picked so that endWord is as
///   far as possible (of 20 tries) inside beginWord's component;
/// - "short": 1-letter words (n <= 26): every word is next to every other;
/// - "cut": the "worst" ladder without its second-to-last rung and no side words
///   near its end: endWord is in the list but unreachable, which shows only
///   after everything reachable has been visited (answer 0);
/// - "worst": 10-letter words: a shortcut-free ladder of 200 steps from
///   beginWord to endWord plus n - 200 side words hanging off it, all reachable:
///   BFS visits almost every word before it reaches endWord at depth 200.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_WORDS);
    let (begin, end, mut list): (String, String, Vec<String>) = match mode {
        "short" => {
            let n = n.min(26);
            let letters: Vec<String> = ('a'..='z').map(String::from).collect();
            let list: Vec<String> = letters[..n].to_vec();
            let end = list[g.usize(0, n - 1)].clone();
            let others: Vec<&String> = letters.iter().filter(|l| **l != end).collect();
            let begin = (*g.pick(&others)).clone();
            (begin, end, list)
        }
        "worst" | "cut" => {
            let steps = 200.min(n);
            let cut = mode == "cut" && steps >= 2;
            let grow = if cut { steps.saturating_sub(5) } else { steps };
            let (rungs, extras) = ladder(MAX_LEN, steps, grow, n - steps + usize::from(cut), g);
            let mut list: Vec<String> = rungs[1..].to_vec();
            if cut {
                list.remove(steps - 2);
            }
            list.extend(extras);
            (rungs[0].clone(), rungs[steps].clone(), list)
        }
        "sparse" => {
            // Of 20 random beginWords, keep the one whose farthest reachable word is farthest.
            let words = random_words(n, 10, "abc", &HashSet::new(), g);
            let dict: HashSet<String> = words.iter().cloned().collect();
            let mut best: Option<(usize, String, String)> = None;
            for _ in 0..20 {
                let begin = random_words(1, 10, "abc", &dict, g).pop().unwrap();
                if let Some((end, depth)) = farthest(&begin, &dict)
                    && best.as_ref().is_none_or(|b| depth > b.0)
                {
                    best = Some((depth, begin, end));
                }
            }
            match best {
                Some((_, begin, end)) => (begin, end, words),
                None => {
                    // Nothing reachable from any try: any list word as endWord (answer 0).
                    let begin = random_words(1, 10, "abc", &dict, g).pop().unwrap();
                    (begin, words[0].clone(), words)
                }
            }
        }
        _ => {
            // "random" and "missing": 5 letters over a..f (7776 words possible).
            let missing = mode == "missing";
            let mut words = random_words(n + usize::from(missing), 5, "abcdef", &HashSet::new(), g);
            let avoid: HashSet<String> = words.iter().cloned().collect();
            let begin = random_words(1, 5, "abcdef", &avoid, g).pop().unwrap();
            let end = if missing { words.pop().unwrap() } else { words[g.usize(0, n - 1)].clone() };
            (begin, end, words)
        }
    };
    g.shuffle(&mut list);
    vec![json!(begin), json!(end), json!(list)]
}

fn lowercase(w: &str, len: usize, what: &str) -> Result<(), String> {
    if w.len() != len {
        return Err(format!("{what} = {w:?} has length {}, but beginWord has length {len}", w.len()));
    }
    if !w.bytes().all(|b| b.is_ascii_lowercase()) {
        return Err(format!("{what} = {w:?} must consist of lowercase English letters"));
    }
    Ok(())
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 3 {
        return Err(format!("expected 3 arguments (beginWord, endWord, wordList), got {}", input.len()));
    }
    let begin = string(&input[0], "beginWord")?;
    len_in(begin.len(), 1, MAX_LEN, "beginWord")?;
    lowercase(begin, begin.len(), "beginWord")?;
    let end = string(&input[1], "endWord")?;
    lowercase(end, begin.len(), "endWord")?;
    if begin == end {
        return Err(format!("beginWord and endWord must differ, both are {begin:?}"));
    }
    let list = array(&input[2], "wordList")?;
    len_in(list.len(), 1, MAX_WORDS, "wordList")?;
    let mut seen = HashSet::with_capacity(list.len());
    for (i, w) in list.iter().enumerate() {
        let what = format!("wordList[{i}]");
        let w = string(w, &what)?;
        lowercase(w, begin.len(), &what)?;
        if !seen.insert(w) {
            return Err(format!("{what} = {w:?} appears more than once (the words must be unique)"));
        }
    }
    Ok(())
}
