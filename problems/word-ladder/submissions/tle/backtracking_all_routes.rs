// Correct but exponential: backtracking over every simple chain, keeping the
// best length found and pruning chains that are already as long; the words of
// the current chain are the only ones excluded, so the same word is explored
// again and again through different routes.
use std::collections::HashSet;

impl Solution {
    pub fn ladder_length(begin_word: String, end_word: String, word_list: Vec<String>) -> i32 {
        fn neighbours(w: &[u8], dict: &HashSet<Vec<u8>>) -> Vec<Vec<u8>> {
            let mut out = Vec::new();
            let mut cur = w.to_vec();
            for i in 0..cur.len() {
                let keep = cur[i];
                for c in b'a'..=b'z' {
                    if c != keep {
                        cur[i] = c;
                        if dict.contains(&cur) {
                            out.push(cur.clone());
                        }
                    }
                }
                cur[i] = keep;
            }
            out
        }
        fn go(w: &[u8], end: &[u8], dict: &HashSet<Vec<u8>>, path: &mut HashSet<Vec<u8>>, len: i32, best: &mut i32) {
            if w == end {
                *best = (*best).min(len);
                return;
            }
            if len + 1 >= *best {
                return;
            }
            for next in neighbours(w, dict) {
                if path.insert(next.clone()) {
                    go(&next, end, dict, path, len + 1, best);
                    path.remove(&next);
                }
            }
        }
        let dict: HashSet<Vec<u8>> = word_list.into_iter().map(|w| w.into_bytes()).collect();
        if !dict.contains(end_word.as_bytes()) {
            return 0;
        }
        let mut best = i32::MAX;
        let mut path = HashSet::from([begin_word.clone().into_bytes()]);
        go(begin_word.as_bytes(), end_word.as_bytes(), &dict, &mut path, 1, &mut best);
        if best == i32::MAX { 0 } else { best }
    }
}
