// DFS over a HashMap graph of letters with three states; letters are emitted in
// post-order and reversed. Visits letters in first-appearance order, so its
// answer usually differs from the reference's.
use std::collections::{HashMap, HashSet};

impl Solution {
    pub fn alien_order(words: Vec<String>) -> String {
        let mut graph: HashMap<char, HashSet<char>> = HashMap::new();
        let mut letters: Vec<char> = Vec::new();
        for w in &words {
            for c in w.chars() {
                if !graph.contains_key(&c) {
                    graph.insert(c, HashSet::new());
                    letters.push(c);
                }
            }
        }
        for i in 1..words.len() {
            let (a, b) = (&words[i - 1], &words[i]);
            if a.len() > b.len() && a.starts_with(b.as_str()) {
                return String::new();
            }
            for (x, y) in a.chars().zip(b.chars()) {
                if x != y {
                    graph.get_mut(&x).unwrap().insert(y);
                    break;
                }
            }
        }
        fn visit(c: char, graph: &HashMap<char, HashSet<char>>, state: &mut HashMap<char, u8>, out: &mut Vec<char>) -> bool {
            match state.get(&c) {
                Some(1) => return false,
                Some(2) => return true,
                _ => {}
            }
            state.insert(c, 1);
            for &d in &graph[&c] {
                if !visit(d, graph, state, out) {
                    return false;
                }
            }
            state.insert(c, 2);
            out.push(c);
            true
        }
        let mut state = HashMap::new();
        let mut out = Vec::new();
        for &c in &letters {
            if !visit(c, &graph, &mut state, &mut out) {
                return String::new();
            }
        }
        out.iter().rev().collect()
    }
}
