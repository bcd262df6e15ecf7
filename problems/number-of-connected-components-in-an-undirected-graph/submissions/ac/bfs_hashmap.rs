// BFS over a HashMap<i32, Vec<i32>> adjacency with a HashSet of seen nodes.
use std::collections::{HashMap, HashSet, VecDeque};

impl Solution {
    pub fn count_components(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let mut adj: HashMap<i32, Vec<i32>> = HashMap::new();
        for e in &edges {
            adj.entry(e[0]).or_default().push(e[1]);
            adj.entry(e[1]).or_default().push(e[0]);
        }
        let mut seen = HashSet::new();
        let mut count = 0;
        for start in 0..n {
            if !seen.insert(start) {
                continue;
            }
            count += 1;
            let mut q = VecDeque::from([start]);
            while let Some(u) = q.pop_front() {
                for &v in adj.get(&u).map(|v| v.as_slice()).unwrap_or(&[]) {
                    if seen.insert(v) {
                        q.push_back(v);
                    }
                }
            }
        }
        count
    }
}
