// Depth-first search with a global visited set: it returns the length of the
// FIRST chain it finds, which is not necessarily the shortest one.
use std::collections::HashSet;

impl Solution {
    pub fn ladder_length(begin_word: String, end_word: String, word_list: Vec<String>) -> i32 {
        fn differ_by_one(a: &str, b: &str) -> bool {
            a.bytes().zip(b.bytes()).filter(|(x, y)| x != y).count() == 1
        }
        fn dfs(cur: &str, end: &str, words: &[String], seen: &mut HashSet<usize>, depth: i32) -> i32 {
            if cur == end {
                return depth;
            }
            for (i, w) in words.iter().enumerate() {
                if !seen.contains(&i) && differ_by_one(cur, w) {
                    seen.insert(i);
                    let found = dfs(w, end, words, seen, depth + 1);
                    if found > 0 {
                        return found;
                    }
                }
            }
            0
        }
        if !word_list.contains(&end_word) {
            return 0;
        }
        let mut seen = HashSet::new();
        dfs(&begin_word, &end_word, &word_list, &mut seen, 1)
    }
}
