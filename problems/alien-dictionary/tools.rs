use crate::tools::prelude::*;

const MAX_WORDS: usize = 100;
const MAX_LEN: usize = 100;

/// A random word of `len` letters drawn from `letters`.
fn word(len: usize, letters: &[u8], g: &mut Gen) -> Vec<u8> {
    (0..len).map(|_| *g.pick(letters)).collect()
}

/// Sorts `words` as the alien dictionary with alphabet `order` would.
fn sort_by_order(words: &mut [Vec<u8>], order: &[u8]) {
    let mut rank = [0usize; 26];
    for (i, &c) in order.iter().enumerate() {
        rank[usize::from(c - b'a')] = i;
    }
    words.sort_by_cached_key(|w| w.iter().map(|&c| rank[usize::from(c - b'a')]).collect::<Vec<_>>());
}

/// `count` words sharing prefixes with each other (each new word keeps a random
/// prefix of an earlier one), sorted by `order`.
fn related_words(count: usize, order: &[u8], g: &mut Gen) -> Vec<Vec<u8>> {
    let mut words: Vec<Vec<u8>> = Vec::with_capacity(count);
    for i in 0..count {
        let mut w = if i == 0 || g.chance(0.2) {
            Vec::new()
        } else {
            let from = &words[g.usize(0, i - 1)];
            from[..g.usize(0, from.len())].to_vec()
        };
        let room = MAX_LEN - w.len();
        let tail = g.usize(usize::from(w.is_empty()), room.min(12));
        w.extend(word(tail, order, g));
        words.push(w);
    }
    sort_by_order(&mut words, order);
    words
}

/// All 26 letters, `count` words of length 100 sharing a 90-letter prefix, and
/// sorted by `order`; the letters at position 90 include every letter, so the
/// adjacent pairs fix the whole order (exactly one answer).
fn chain_words(count: usize, order: &[u8], g: &mut Gen) -> Vec<Vec<u8>> {
    let prefix = word(90, order, g);
    let mut words: Vec<Vec<u8>> = Vec::with_capacity(count);
    for i in 0..count.max(26) {
        let mut w = prefix.clone();
        w.push(if i < 26 { order[i] } else { *g.pick(order) });
        w.extend(word(9, order, g));
        words.push(w);
    }
    sort_by_order(&mut words, order);
    words
}

/// `n` words (1 <= n <= 100) of 1 to 100 lowercase letters, made from a hidden
/// alphabet order. Modes:
/// - "random": words sharing random prefixes over a random number of letters,
///   sorted by the hidden order (an answer exists);
/// - "two-letters": the same over two letters;
/// - "prefix": sorted, then one word is followed by one of its proper prefixes
///   (answer "");
/// - "cycle": the "worst" words with a last pair that puts the largest letter
///   before the smallest: a cycle through all 26 letters (answer "");
/// - "single": one word (no constraint at all: any order of its letters);
/// - "all-equal": n copies of one word (no constraint either);
/// - "growing": each word extends the previous one by a letter (no constraint);
/// - "worst": 100 words of 100 letters over all 26 letters with a common
///   90-letter prefix, so every comparison scans far and the constraints chain
///   all 26 letters into exactly one order.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_WORDS);
    let mut order: Vec<u8> = (b'a'..=b'z').collect();
    g.shuffle(&mut order);
    let words: Vec<Vec<u8>> = match mode {
        "single" => vec![word(g.usize(1, MAX_LEN), &order[..g.usize(1, 26)], g)],
        "all-equal" => {
            let w = word(g.usize(1, MAX_LEN), &order[..g.usize(1, 26)], g);
            vec![w; n]
        }
        "growing" => {
            let mut w = Vec::new();
            (0..n.min(MAX_LEN))
                .map(|_| {
                    w.push(*g.pick(&order));
                    w.clone()
                })
                .collect()
        }
        "two-letters" => related_words(n, &order[..2], g),
        "worst" => chain_words(n, &order, g),
        "cycle" => {
            let mut words = chain_words(n.saturating_sub(2), &order, g);
            words.truncate(MAX_WORDS - 2);
            let mut high = vec![order[25]; MAX_LEN - 1];
            high.push(order[25]);
            let mut low = vec![order[25]; MAX_LEN - 1];
            low.push(order[0]);
            words.push(high);
            words.push(low);
            words
        }
        "prefix" => {
            let m = g.usize(1, 26);
            let mut words = related_words(n.max(2), &order[..m], g);
            // Some word of two or more letters, followed by a proper prefix of itself.
            let i = g.usize(0, words.len() - 2);
            if words[i].len() < 2 {
                words[i].push(order[0]);
            }
            let cut = g.usize(1, words[i].len() - 1);
            words[i + 1] = words[i][..cut].to_vec();
            words
        }
        _ => {
            let m = g.usize(1, 26);
            related_words(n, &order[..m], g)
        }
    };
    let words: Vec<String> = words.into_iter().map(|w| String::from_utf8(w).unwrap_or_default()).collect();
    vec![json!(words)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (words), got {}", input.len()));
    }
    let words = array(&input[0], "words")?;
    len_in(words.len(), 1, MAX_WORDS, "words")?;
    for (i, w) in words.iter().enumerate() {
        let what = format!("words[{i}]");
        let s = string(w, &what)?;
        len_in(s.len(), 1, MAX_LEN, &what)?;
        if let Some(c) = s.chars().find(|c| !c.is_ascii_lowercase()) {
            return Err(format!("{what} contains {c:?}: only lowercase English letters are allowed"));
        }
    }
    Ok(())
}
