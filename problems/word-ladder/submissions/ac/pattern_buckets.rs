// Groups word indices by wildcard patterns ("c*ld"); BFS over indices with a
// VecDeque, each bucket emptied after its first use.
use std::collections::{HashMap, VecDeque};

impl Solution {
    pub fn ladder_length(begin_word: String, end_word: String, word_list: Vec<String>) -> i32 {
        let mut words = word_list;
        let end = match words.iter().position(|w| *w == end_word) {
            Some(i) => i,
            None => return 0,
        };
        words.push(begin_word);
        let start = words.len() - 1;
        let mut buckets: HashMap<Vec<u8>, Vec<usize>> = HashMap::new();
        for (idx, w) in words.iter().enumerate() {
            let mut key = w.as_bytes().to_vec();
            for i in 0..key.len() {
                let keep = key[i];
                key[i] = b'*';
                buckets.entry(key.clone()).or_default().push(idx);
                key[i] = keep;
            }
        }
        let mut dist = vec![0i32; words.len()];
        dist[start] = 1;
        let mut queue = VecDeque::from([start]);
        while let Some(u) = queue.pop_front() {
            if u == end {
                return dist[u];
            }
            let mut key = words[u].as_bytes().to_vec();
            for i in 0..key.len() {
                let keep = key[i];
                key[i] = b'*';
                if let Some(list) = buckets.get_mut(&key) {
                    for v in std::mem::take(list) {
                        if dist[v] == 0 {
                            dist[v] = dist[u] + 1;
                            queue.push_back(v);
                        }
                    }
                }
                key[i] = keep;
            }
        }
        0
    }
}
