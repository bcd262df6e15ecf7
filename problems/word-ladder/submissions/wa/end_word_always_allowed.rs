// Never checks that endWord is in the dictionary: it stops as soon as a
// neighbour equals endWord, so a missing endWord is still "reached".
use std::collections::{HashSet, VecDeque};

impl Solution {
    pub fn ladder_length(begin_word: String, end_word: String, word_list: Vec<String>) -> i32 {
        let mut dict: HashSet<String> = word_list.into_iter().collect();
        let mut queue = VecDeque::from([(begin_word, 1)]);
        while let Some((word, len)) = queue.pop_front() {
            let mut chars: Vec<char> = word.chars().collect();
            for i in 0..chars.len() {
                let orig = chars[i];
                for c in 'a'..='z' {
                    if c == orig {
                        continue;
                    }
                    chars[i] = c;
                    let next: String = chars.iter().collect();
                    if next == end_word {
                        return len + 1;
                    }
                    if dict.remove(&next) {
                        queue.push_back((next, len + 1));
                    }
                }
                chars[i] = orig;
            }
        }
        0
    }
}
