// Builds the graph only from the letters that appear in some constraint, so a
// letter that is never compared (like every letter of a single word) is left
// out of the answer.
use std::collections::{BTreeMap, BTreeSet, VecDeque};

impl Solution {
    pub fn alien_order(words: Vec<String>) -> String {
        let mut adj: BTreeMap<u8, BTreeSet<u8>> = BTreeMap::new();
        let mut indeg: BTreeMap<u8, usize> = BTreeMap::new();
        for p in words.windows(2) {
            let (a, b) = (p[0].as_bytes(), p[1].as_bytes());
            if a.len() > b.len() && a.starts_with(b) {
                return String::new();
            }
            if let Some((&x, &y)) = a.iter().zip(b).find(|(x, y)| x != y) {
                indeg.entry(x).or_insert(0);
                if adj.entry(x).or_default().insert(y) {
                    *indeg.entry(y).or_insert(0) += 1;
                }
            }
        }
        let mut q: VecDeque<u8> = indeg.iter().filter(|(_, d)| **d == 0).map(|(&c, _)| c).collect();
        let mut res = String::new();
        while let Some(c) = q.pop_front() {
            res.push(c as char);
            if let Some(next) = adj.get(&c) {
                for &d in next {
                    let e = indeg.get_mut(&d).unwrap();
                    *e -= 1;
                    if *e == 0 {
                        q.push_back(d);
                    }
                }
            }
        }
        if res.len() == indeg.len() { res } else { String::new() }
    }
}
