// A correct BFS that returns the number of CHANGES (edges) instead of the number
// of words in the chain: every reachable answer comes out one too small.
use std::collections::{HashSet, VecDeque};

impl Solution {
    pub fn ladder_length(begin_word: String, end_word: String, word_list: Vec<String>) -> i32 {
        let mut dict: HashSet<String> = word_list.into_iter().collect();
        if !dict.contains(&end_word) {
            return 0;
        }
        let mut q = VecDeque::new();
        q.push_back((begin_word, 0));
        while let Some((w, steps)) = q.pop_front() {
            if w == end_word {
                return steps;
            }
            let mut b = w.into_bytes();
            for i in 0..b.len() {
                let o = b[i];
                for c in b'a'..=b'z' {
                    b[i] = c;
                    let s = String::from_utf8(b.clone()).unwrap();
                    if dict.remove(&s) {
                        q.push_back((s, steps + 1));
                    }
                }
                b[i] = o;
            }
        }
        0
    }
}
