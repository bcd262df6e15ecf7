//! Deciding "equal" on the answers' text, without parsing: the common case
//! (an accepted answer) costs a scan, not a tree of `Value`s.
//!
//! Sound because the harness prints equal values as equal text (one
//! serializer, no whitespace) and hand-written answers are stored in the same
//! compact form: equal text means equal values. These functions only ever
//! say "equal"; any difference (or text they do not read) goes to the full
//! comparison, which decides and explains.

/// Both texts hold the same elements, the top-level list in any order (and
/// with `nested`, each inner list in any order too).
pub fn same_unordered(expected: &str, actual: &str, nested: bool) -> bool {
    if expected == actual {
        return true;
    }
    let (Some(e), Some(a)) = (Canon::of(expected, nested), Canon::of(actual, nested)) else { return false };
    e.items.len() == a.items.len() && e.items.iter().zip(&a.items).all(|(x, y)| e.item(x) == a.item(y))
}

/// An answer's elements in a canonical order: `tokens` holds every element's
/// text (for `nested`, an inner list's elements, sorted), `items` the
/// top-level elements as ranges of `tokens`, sorted by a hash of their text
/// and then by the text itself. Equal multisets give equal sequences; the
/// hash only makes the sort compare integers (10^5 triplets sorted by text
/// took 60 ms), and the text comparison after it keeps the answer exact.
/// Two allocations in all.
struct Canon<'a> {
    tokens: Vec<&'a str>,
    items: Vec<Item>,
}

#[derive(Clone, Copy)]
struct Item {
    hash: u64,
    start: u32,
    len: u32,
    /// An inner list (its elements are the tokens), or one scalar token.
    list: bool,
}

impl<'a> Canon<'a> {
    fn of(text: &'a str, nested: bool) -> Option<Canon<'a>> {
        let mut tokens = Vec::new();
        if !elements(text, &mut tokens) {
            return None;
        }
        let mut items: Vec<Item> = Vec::with_capacity(tokens.len());
        if nested {
            let outer = std::mem::take(&mut tokens);
            for element in outer {
                let start = tokens.len();
                let list = element.starts_with('[');
                if list {
                    if !elements(element, &mut tokens) {
                        return None;
                    }
                    tokens[start..].sort_unstable();
                } else {
                    tokens.push(element);
                }
                let hash = hash_tokens(&tokens[start..], list);
                items.push(Item { hash, start: start as u32, len: (tokens.len() - start) as u32, list });
            }
        } else {
            items.extend(tokens.iter().enumerate().map(|(i, t)| Item {
                hash: hash_tokens(std::slice::from_ref(t), false),
                start: i as u32,
                len: 1,
                list: false,
            }));
        }
        let canon = Canon { tokens, items: Vec::new() };
        items.sort_unstable_by(|x, y| x.hash.cmp(&y.hash).then_with(|| canon.item(x).cmp(&canon.item(y))));
        Some(Canon { items, ..canon })
    }

    fn item(&self, i: &Item) -> (bool, &[&'a str]) {
        (i.list, &self.tokens[i.start as usize..(i.start + i.len) as usize])
    }
}

/// A multiply-rotate hash of the tokens, eight bytes at a step, each token's
/// last step carrying its length as a separator: any fixed hash will do,
/// since equal hashes are compared by text after (FNV-1a, a multiply per
/// byte, was a fifth of group-anagrams' unchanged run).
fn hash_tokens(tokens: &[&str], list: bool) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mix = |h: u64, word: u64| (h ^ word).wrapping_mul(K).rotate_left(29);
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ u64::from(list);
    for t in tokens {
        let bytes = t.as_bytes();
        let mut words = bytes.chunks_exact(8);
        for word in &mut words {
            h = mix(h, u64::from_le_bytes(word.try_into().expect("8 bytes")));
        }
        let rest = words.remainder();
        let mut last = [0u8; 8];
        last[..rest.len()].copy_from_slice(rest);
        h = mix(h, u64::from_le_bytes(last) ^ ((bytes.len() as u64) << 56));
    }
    h
}

/// Where the string whose text starts at `from` ends (its closing quote), escapes skipped.
fn string_end(b: &[u8], mut from: usize) -> Option<usize> {
    loop {
        let at = from + memchr::memchr2(b'"', b'\\', b.get(from..)?)?;
        if b[at] == b'"' {
            return Some(at);
        }
        from = at + 2;
    }
}

/// Pushes the top-level elements of a JSON array's text; false when `text`
/// is not an array this scanner reads (then the full comparison decides).
fn elements<'a>(text: &'a str, out: &mut Vec<&'a str>) -> bool {
    let b = text.as_bytes();
    let trimmed_end = text.trim_end().len();
    let mut i = text.len() - text.trim_start().len();
    if b.get(i) != Some(&b'[') || trimmed_end == 0 || b[trimmed_end - 1] != b']' {
        return false;
    }
    i += 1;
    let end = trimmed_end - 1;
    let mut depth = 0usize;
    let mut start = i;
    let mut any = false;
    while i < end {
        let c = b[i];
        match c {
            // A string is skipped whole (a search for its closing quote,
            // not a test per byte: group-anagrams' answers are mostly strings).
            b'"' => match string_end(&b[..end], i + 1) {
                Some(close) => {
                    any = true;
                    i = close + 1;
                    continue;
                }
                None => return false,
            },
            b'[' | b'{' => depth += 1,
            b']' | b'}' => {
                if depth == 0 {
                    return false;
                }
                depth -= 1;
            }
            b',' if depth == 0 => {
                let element = text[start..i].trim();
                if element.is_empty() {
                    return false;
                }
                out.push(element);
                start = i + 1;
            }
            _ => {}
        }
        any |= !c.is_ascii_whitespace();
        i += 1;
    }
    if depth != 0 {
        return false;
    }
    let last = text[start..end].trim();
    match (last.is_empty(), any) {
        (true, false) => true, // []
        (false, _) => {
            out.push(last);
            true
        }
        (true, true) => false, // a trailing comma
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unordered_text() {
        assert!(same_unordered("[1,2,3]", "[3,1,2]", false));
        assert!(!same_unordered("[1,2,3]", "[3,1,1]", false));
        assert!(!same_unordered("[1,2]", "[1,2,2]", false));
        assert!(same_unordered("[]", "[ ]", false));
        assert!(same_unordered("[[1,2],[3]]", "[[3],[1,2]]", false));
        assert!(!same_unordered("[[1,2],[3]]", "[[3],[2,1]]", false));
        assert!(same_unordered("[[1,2],[3]]", "[[3],[2,1]]", true));
        assert!(!same_unordered("[[1,2]]", "[[1,2],[2,1]]", true));
        // A scalar and a one-element list are different elements.
        assert!(!same_unordered("[[1],2]", "[1,[2]]", true));
        assert!(same_unordered(r#"["a,b","c]"]"#, r#"["c]","a,b"]"#, false));
        assert!(!same_unordered(r#"["a,b"]"#, r#"["a","b"]"#, false));
        assert!(same_unordered(r#"["\"]",1]"#, r#"[1,"\"]"]"#, false));
        // Identical text is equal whatever it holds (the expected side is JSON).
        assert!(same_unordered("1", "1", false));
        // Not arrays, broken text: never "equal" to anything else.
        assert!(!same_unordered("1", " 1", false));
        assert!(!same_unordered("[1]", "[1,]", false));
        assert!(!same_unordered("[1]", "[1", false));
        assert!(!same_unordered("[\"a\"]", "[\"a]", false));
        assert!(!same_unordered("[[1]]", "[[1]", true));
    }
}
