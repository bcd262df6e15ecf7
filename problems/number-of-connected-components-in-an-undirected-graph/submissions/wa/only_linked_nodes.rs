// Builds the graph from the links alone and counts components among the nodes
// that appear in some link: nodes without any link are never counted.
use std::collections::{HashMap, HashSet};

impl Solution {
    pub fn count_components(_n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let mut adj: HashMap<i32, Vec<i32>> = HashMap::new();
        for e in &edges {
            adj.entry(e[0]).or_default().push(e[1]);
            adj.entry(e[1]).or_default().push(e[0]);
        }
        let mut seen = HashSet::new();
        let mut count = 0;
        let mut nodes: Vec<i32> = adj.keys().copied().collect();
        nodes.sort();
        for s in nodes {
            if seen.contains(&s) {
                continue;
            }
            count += 1;
            let mut stack = vec![s];
            seen.insert(s);
            while let Some(u) = stack.pop() {
                for &v in &adj[&u] {
                    if seen.insert(v) {
                        stack.push(v);
                    }
                }
            }
        }
        count
    }
}
