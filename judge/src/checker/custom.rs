//! Checkers for problems where any valid answer counts. Each is named in a
//! problem's `problem.json` (`"checker": "<name>"`).

use serde_json::Value;

/// `(input, expected, actual)`: Ok when `actual` is a valid answer.
pub type CheckFn = fn(&[Value], &Value, &Value) -> Result<(), String>;

const CHECKERS: &[(&str, CheckFn)] = &[
    ("longest-palindrome", longest_palindrome),
    ("topological-order", topological_order),
    ("alien-order", alien_order),
];

pub fn find(name: &str) -> Option<(&'static str, CheckFn)> {
    CHECKERS.iter().find(|(n, _)| *n == name).copied()
}

pub fn names() -> Vec<&'static str> {
    CHECKERS.iter().map(|(n, _)| *n).collect()
}

/// 5: any palindromic substring of `s` with the longest length.
fn longest_palindrome(input: &[Value], expected: &Value, actual: &Value) -> Result<(), String> {
    let s = input.first().and_then(Value::as_str).ok_or("input is not a string")?;
    let want = expected.as_str().ok_or("expected answer is not a string")?;
    let got = actual.as_str().ok_or_else(|| format!("expected a string, got {actual}"))?;
    if got.chars().count() != want.chars().count() {
        return Err(format!(
            "expected a palindrome of length {}, got {:?} of length {}",
            want.chars().count(),
            got,
            got.chars().count()
        ));
    }
    if !s.contains(got) {
        return Err(format!("{got:?} is not a substring of the input"));
    }
    if !got.chars().eq(got.chars().rev()) {
        return Err(format!("{got:?} is not a palindrome"));
    }
    Ok(())
}

/// The prerequisite pairs `[a, b]` ("b before a") of a course-schedule input.
fn course_pairs(input: &[Value]) -> Result<(usize, Vec<(usize, usize)>), String> {
    let n = input.first().and_then(Value::as_u64).ok_or("input: numCourses is not a non-negative integer")?;
    let n = usize::try_from(n).map_err(|_| "input: numCourses is too large")?;
    let pairs = input.get(1).and_then(Value::as_array).ok_or("input: prerequisites is not an array")?;
    let mut out = Vec::with_capacity(pairs.len());
    for pair in pairs {
        let ab: Option<Vec<usize>> = pair
            .as_array()
            .map(|p| p.iter().filter_map(Value::as_u64).filter_map(|x| usize::try_from(x).ok()).collect());
        match ab.as_deref() {
            Some(&[a, b]) if a < n && b < n => out.push((a, b)),
            _ => return Err(format!("input: bad prerequisite {pair}")),
        }
    }
    Ok((n, out))
}

/// Whether the directed graph on `n` nodes with edges `from -> to` has a cycle (Kahn's algorithm).
fn has_cycle(n: usize, edges: &[(usize, usize)]) -> bool {
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut indegree = vec![0usize; n];
    for &(from, to) in edges {
        out[from].push(to);
        indegree[to] += 1;
    }
    let mut ready: Vec<usize> = (0..n).filter(|&v| indegree[v] == 0).collect();
    let mut done = 0;
    while let Some(v) = ready.pop() {
        done += 1;
        for &w in &out[v] {
            indegree[w] -= 1;
            if indegree[w] == 0 {
                ready.push(w);
            }
        }
    }
    done < n
}

/// 210: any order of all courses `0..n` in which every prerequisite `[a, b]` has
/// `b` before `a`; `[]` exactly when the prerequisites contain a cycle (decided
/// from the input, not from the expected answer).
fn topological_order(input: &[Value], _expected: &Value, actual: &Value) -> Result<(), String> {
    let (n, pairs) = course_pairs(input)?;
    let got = actual.as_array().ok_or_else(|| format!("expected a list of courses, got {actual}"))?;
    let before: Vec<(usize, usize)> = pairs.iter().map(|&(a, b)| (b, a)).collect();
    if has_cycle(n, &before) {
        if got.is_empty() {
            return Ok(());
        }
        return Err(format!(
            "the prerequisites contain a cycle, so no order exists and the answer is [], got {} entries",
            got.len()
        ));
    }
    if got.is_empty() {
        return Err(format!("the prerequisites have no cycle, so an order of all {n} courses exists, got []"));
    }
    if got.len() != n {
        return Err(format!("expected an order of all {n} courses, got {} entries", got.len()));
    }
    let mut position: Vec<Option<usize>> = vec![None; n];
    for (i, course) in got.iter().enumerate() {
        let c = course
            .as_u64()
            .and_then(|c| usize::try_from(c).ok())
            .filter(|&c| c < n)
            .ok_or_else(|| format!("entry {i} is {course}, not a course in 0..{n}"))?;
        if let Some(first) = position[c] {
            return Err(format!("course {c} appears twice (at positions {first} and {i})"));
        }
        position[c] = Some(i);
    }
    // n entries, all distinct and in range: every course has a position.
    for &(a, b) in &pairs {
        let (pa, pb) = (position[a].unwrap_or(0), position[b].unwrap_or(0));
        if pa < pb {
            return Err(format!(
                "course {a} comes before its prerequisite {b} (positions {pa} and {pb}; pair [{a}, {b}])"
            ));
        }
    }
    Ok(())
}

/// What the words of an alien dictionary say: the letters used (by index 0..26)
/// and the constraints `(a, b)` = "a before b"; `Err` with the reason when the
/// words cannot be sorted by any order (a word followed by its own proper prefix).
/// The letters that occur, and the (before, after) pairs the word list implies.
type AlienRules = ([bool; 26], Vec<(usize, usize)>);

fn alien_constraints(words: &[&str]) -> Result<AlienRules, String> {
    let mut used = [false; 26];
    for w in words {
        for c in w.bytes() {
            used[usize::from(c - b'a')] = true;
        }
    }
    let mut rules = Vec::new();
    for (i, pair) in words.windows(2).enumerate() {
        let (x, y) = (pair[0].as_bytes(), pair[1].as_bytes());
        match x.iter().zip(y).find(|(p, q)| p != q) {
            Some((&p, &q)) => rules.push((usize::from(p - b'a'), usize::from(q - b'a'))),
            None if x.len() > y.len() => {
                return Err(format!(
                    "words[{}] = {:?} is a proper prefix of words[{i}] = {:?}",
                    i + 1,
                    pair[1],
                    pair[0]
                ));
            }
            None => {}
        }
    }
    Ok((used, rules))
}

/// 269: decided from the input. When no order exists (the constraints from
/// adjacent words form a cycle, or a word is followed by its own proper prefix)
/// the answer must be `""`; otherwise every letter used in the words exactly
/// once, no other character, and for each adjacent pair the first differing
/// letters in order.
fn alien_order(input: &[Value], _expected: &Value, actual: &Value) -> Result<(), String> {
    let words: Vec<&str> = input
        .first()
        .and_then(Value::as_array)
        .ok_or("input: words is not an array")?
        .iter()
        .map(|w| w.as_str().filter(|w| w.bytes().all(|c| c.is_ascii_lowercase())))
        .collect::<Option<_>>()
        .ok_or("input: words must be strings of lowercase letters")?;
    let got = actual.as_str().ok_or_else(|| format!("expected a string, got {actual}"))?;
    let (used, rules) = match alien_constraints(&words) {
        Ok(found) => found,
        Err(why) => {
            if got.is_empty() {
                return Ok(());
            }
            return Err(format!("no order exists ({why}), so the answer is \"\", got {got:?}"));
        }
    };
    if has_cycle(26, &rules) {
        if got.is_empty() {
            return Ok(());
        }
        return Err(format!(
            "the adjacent words force a cycle among the letters, so no order exists and the answer is \"\", got {got:?}"
        ));
    }
    if got.is_empty() {
        let letters = used.iter().filter(|&&u| u).count();
        return Err(format!("the words can be sorted, so an order of their {letters} letters exists, got \"\""));
    }
    let mut position: [Option<usize>; 26] = [None; 26];
    for (i, c) in got.chars().enumerate() {
        if !c.is_ascii_lowercase() || !used[usize::from(c as u8 - b'a')] {
            return Err(format!("{got:?} contains {c:?}, which is not a letter of the words"));
        }
        let k = usize::from(c as u8 - b'a');
        if position[k].is_some() {
            return Err(format!("{got:?} contains the letter {c:?} twice"));
        }
        position[k] = Some(i);
    }
    if let Some(k) = (0..26).find(|&k| used[k] && position[k].is_none()) {
        let missing = char::from(b'a' + k as u8);
        return Err(format!("{got:?} is missing the letter {missing:?}, which occurs in the words"));
    }
    for &(a, b) in &rules {
        let (pa, pb) = (position[a].unwrap_or(0), position[b].unwrap_or(0));
        if pa > pb {
            let (ca, cb) = (char::from(b'a' + a as u8), char::from(b'a' + b as u8));
            return Err(format!("{got:?} puts {cb:?} before {ca:?}, but the words need {ca:?} before {cb:?}"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Every permutation of `items` (small inputs only).
    fn permutations(items: &[usize]) -> Vec<Vec<usize>> {
        if items.is_empty() {
            return vec![vec![]];
        }
        let mut out = Vec::new();
        for i in 0..items.len() {
            let mut rest = items.to_vec();
            let first = rest.remove(i);
            for mut tail in permutations(&rest) {
                tail.insert(0, first);
                out.push(tail);
            }
        }
        out
    }

    fn course_input(n: usize, pairs: &[[usize; 2]]) -> Vec<Value> {
        vec![json!(n), json!(pairs)]
    }

    #[test]
    fn topological_order_accepts_exactly_the_valid_orders() {
        let cases: Vec<(usize, Vec<[usize; 2]>)> = vec![
            (1, vec![]),
            (3, vec![]),
            (2, vec![[1, 0]]),
            (2, vec![[1, 0], [0, 1]]),
            (4, vec![[1, 0], [2, 0], [3, 1], [3, 2]]),
            (4, vec![[1, 0], [2, 1], [3, 2]]),
            (4, vec![[1, 0], [2, 1], [0, 2]]),
            (5, vec![[4, 0], [4, 1], [2, 3]]),
            (5, vec![[1, 0], [3, 4], [4, 3]]),
            (5, vec![[0, 4], [1, 4], [2, 4], [3, 4]]),
        ];
        for (n, pairs) in cases {
            let input = course_input(n, &pairs);
            let all = permutations(&(0..n).collect::<Vec<_>>());
            let mut valid = 0;
            for order in &all {
                // Independently: valid when every pair [a, b] has b earlier than a.
                let pos = |c: usize| order.iter().position(|&x| x == c).unwrap();
                let ok = pairs.iter().all(|&[a, b]| pos(b) < pos(a));
                valid += usize::from(ok);
                let verdict = topological_order(&input, &json!([]), &json!(order));
                assert_eq!(verdict.is_ok(), ok, "n = {n}, pairs = {pairs:?}, order = {order:?}: {verdict:?}");
            }
            // [] is right exactly when no order exists.
            let empty = topological_order(&input, &json!([]), &json!([]));
            assert_eq!(empty.is_ok(), valid == 0, "n = {n}, pairs = {pairs:?}, []: {empty:?}");
        }
    }

    #[test]
    fn topological_order_rejects_malformed_lists() {
        let input = course_input(3, &[[1, 0]]);
        for bad in [
            json!([0, 1]),
            json!([0, 1, 2, 2]),
            json!([0, 0, 1]),
            json!([0, 1, 3]),
            json!([0, -1, 2]),
            json!("012"),
            json!([0, 1, 1]),
        ] {
            assert!(topological_order(&input, &json!([]), &bad).is_err(), "{bad} accepted");
        }
        assert!(topological_order(&input, &json!([]), &json!([0, 2, 1])).is_ok());
        let err = topological_order(&input, &json!([]), &json!([1, 0, 2])).unwrap_err();
        assert!(err.contains("course 1 comes before its prerequisite 0"), "{err}");
    }

    fn alien_check(words: &[&str], got: &str) -> Result<(), String> {
        alien_order(&[json!(words)], &json!(""), &json!(got))
    }

    #[test]
    fn alien_order_accepts_exactly_the_valid_orders() {
        let cases: Vec<Vec<&str>> = vec![
            vec!["a"],
            vec!["ab", "ab"],
            vec!["z", "x"],
            vec!["z", "x", "z"],
            vec!["abc", "ab"],
            vec!["ab", "abc"],
            vec!["wrt", "wrf", "er", "ett", "rftt"],
            vec!["ca", "cb", "ba"],
            vec!["a", "b", "ca", "cc"],
            vec!["ab", "adc"],
            vec!["b", "a", "bd"],
            vec!["edc", "ab"],
            vec!["dcb", "dca", "a"],
            vec!["aab", "aac", "ad", "e"],
        ];
        for words in cases {
            let mut letters: Vec<u8> = words.iter().flat_map(|w| w.bytes()).collect();
            letters.sort_unstable();
            letters.dedup();
            let mut valid = 0;
            for perm in permutations(&(0..letters.len()).collect::<Vec<_>>()) {
                let order: String = perm.iter().map(|&i| char::from(letters[i])).collect();
                // Independently: valid when the words are sorted under this alphabet.
                let rank = |w: &str| -> Vec<usize> { w.chars().map(|c| order.find(c).unwrap()).collect() };
                let ok = words.windows(2).all(|p| rank(p[0]) <= rank(p[1]));
                valid += usize::from(ok);
                let verdict = alien_check(&words, &order);
                assert_eq!(verdict.is_ok(), ok, "words = {words:?}, order = {order:?}: {verdict:?}");
            }
            let empty = alien_check(&words, "");
            assert_eq!(empty.is_ok(), valid == 0, "words = {words:?}, \"\": {empty:?}");
        }
    }

    #[test]
    fn alien_order_rejects_malformed_strings() {
        let words = ["ba", "bc", "ac"];
        assert!(alien_check(&words, "bac").is_ok());
        for bad in ["ba", "bacc", "baac", "bacd", "bAc", "abc", "", "b a c"] {
            assert!(alien_check(&words, bad).is_err(), "{bad:?} accepted");
        }
        let err = alien_check(&["abc", "ab"], "abc").unwrap_err();
        assert!(err.contains("prefix"), "{err}");
        assert!(alien_order(&[json!(words)], &json!(""), &json!(["b", "a", "c"])).is_err());
    }
}
