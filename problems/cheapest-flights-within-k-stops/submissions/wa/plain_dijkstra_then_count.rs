// Plain Dijkstra for the cheapest route, then -1 if that route has more than
// k stops: a pricier route with fewer stops is never considered.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn find_cheapest_price(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 {
        let n = n as usize;
        let mut adj = vec![vec![]; n];
        for f in &flights {
            adj[f[0] as usize].push((f[1] as usize, f[2]));
        }
        let mut dist = vec![i32::MAX; n];
        let mut hops = vec![0; n];
        dist[src as usize] = 0;
        let mut heap = BinaryHeap::from([Reverse((0, src as usize))]);
        while let Some(Reverse((d, u))) = heap.pop() {
            if d > dist[u] {
                continue;
            }
            for &(v, p) in &adj[u] {
                if d + p < dist[v] {
                    dist[v] = d + p;
                    hops[v] = hops[u] + 1;
                    heap.push(Reverse((d + p, v)));
                }
            }
        }
        let d = dst as usize;
        if dist[d] == i32::MAX || hops[d] > k + 1 { -1 } else { dist[d] }
    }
}
