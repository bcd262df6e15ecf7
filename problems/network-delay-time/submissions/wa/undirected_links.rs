// Dijkstra that adds every link in both directions: signals would travel
// backwards along one-way links.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn network_delay_time(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 {
        let n = n as usize;
        let mut adj = vec![vec![]; n + 1];
        for t in &times {
            adj[t[0] as usize].push((t[1] as usize, t[2]));
            adj[t[1] as usize].push((t[0] as usize, t[2]));
        }
        let mut dist = vec![i32::MAX; n + 1];
        dist[k as usize] = 0;
        let mut heap = BinaryHeap::from([Reverse((0, k as usize))]);
        while let Some(Reverse((d, u))) = heap.pop() {
            if d > dist[u] {
                continue;
            }
            for &(v, w) in &adj[u] {
                if d + w < dist[v] {
                    dist[v] = d + w;
                    heap.push(Reverse((d + w, v)));
                }
            }
        }
        let m = *dist[1..].iter().max().unwrap();
        if m == i32::MAX { -1 } else { m }
    }
}
