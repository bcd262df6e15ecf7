// BFS level by level (one level per flight), keeping a route only when it is
// cheaper than the best known price of its city; at most k + 1 levels.
use std::collections::VecDeque;

impl Solution {
    pub fn find_cheapest_price(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 {
        let n = n as usize;
        let mut adj = vec![vec![]; n];
        for f in &flights {
            adj[f[0] as usize].push((f[1] as usize, f[2]));
        }
        let mut best = vec![i32::MAX; n];
        best[src as usize] = 0;
        let mut q = VecDeque::from([(src as usize, 0)]);
        let mut flights_left = k + 1;
        while !q.is_empty() && flights_left > 0 {
            for _ in 0..q.len() {
                let (u, c) = q.pop_front().unwrap();
                for &(v, p) in &adj[u] {
                    if c + p < best[v] {
                        best[v] = c + p;
                        q.push_back((v, c + p));
                    }
                }
            }
            flights_left -= 1;
        }
        if best[dst as usize] == i32::MAX { -1 } else { best[dst as usize] }
    }
}
