// Dijkstra that marks a node as done when it is first pushed, not when it is
// popped: the first (not the smallest) tentative time sticks.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn network_delay_time(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 {
        let n = n as usize;
        let mut adj = vec![vec![]; n + 1];
        for t in &times {
            adj[t[0] as usize].push((t[1] as usize, t[2]));
        }
        let mut seen = vec![false; n + 1];
        let mut dist = vec![0; n + 1];
        let mut heap = BinaryHeap::from([Reverse((0, k as usize))]);
        seen[k as usize] = true;
        while let Some(Reverse((d, u))) = heap.pop() {
            dist[u] = d;
            for &(v, w) in &adj[u] {
                if !seen[v] {
                    seen[v] = true;
                    heap.push(Reverse((d + w, v)));
                }
            }
        }
        if seen[1..].iter().all(|&s| s) { *dist[1..].iter().max().unwrap() } else { -1 }
    }
}
