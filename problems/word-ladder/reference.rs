use std::collections::HashSet;

impl Solution {
    pub fn ladder_length(begin_word: String, end_word: String, word_list: Vec<String>) -> i32 {
        let mut unvisited: HashSet<Vec<u8>> = word_list.into_iter().map(String::into_bytes).collect();
        let target = end_word.into_bytes();
        if !unvisited.contains(&target) {
            return 0;
        }
        let mut frontier: Vec<Vec<u8>> = vec![begin_word.into_bytes()];
        unvisited.remove(&frontier[0]);
        let mut words = 1;
        while !frontier.is_empty() {
            words += 1;
            let mut next = Vec::new();
            for mut w in frontier {
                for i in 0..w.len() {
                    let original = w[i];
                    for c in b'a'..=b'z' {
                        if c == original {
                            continue;
                        }
                        w[i] = c;
                        if unvisited.remove(&w) {
                            if w == target {
                                return words;
                            }
                            next.push(w.clone());
                        }
                    }
                    w[i] = original;
                }
            }
            frontier = next;
        }
        0
    }
}
