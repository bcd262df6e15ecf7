// Bidirectional BFS: grow the smaller of the two frontiers (sets of strings) one
// level at a time until they meet.
use std::collections::HashSet;

impl Solution {
    pub fn ladder_length(begin_word: String, end_word: String, word_list: Vec<String>) -> i32 {
        let mut dict: HashSet<String> = word_list.into_iter().collect();
        if !dict.contains(&end_word) {
            return 0;
        }
        let mut front: HashSet<String> = HashSet::from([begin_word.clone()]);
        let mut back: HashSet<String> = HashSet::from([end_word.clone()]);
        dict.remove(&begin_word);
        dict.remove(&end_word);
        let mut len = 1;
        while !front.is_empty() && !back.is_empty() {
            if front.len() > back.len() {
                std::mem::swap(&mut front, &mut back);
            }
            len += 1;
            let mut next = HashSet::new();
            for word in &front {
                let mut chars: Vec<char> = word.chars().collect();
                for i in 0..chars.len() {
                    let old = chars[i];
                    for c in 'a'..='z' {
                        if c == old {
                            continue;
                        }
                        chars[i] = c;
                        let cand: String = chars.iter().collect();
                        if back.contains(&cand) {
                            return len;
                        }
                        if dict.remove(&cand) {
                            next.insert(cand);
                        }
                    }
                    chars[i] = old;
                }
            }
            front = next;
        }
        0
    }
}
