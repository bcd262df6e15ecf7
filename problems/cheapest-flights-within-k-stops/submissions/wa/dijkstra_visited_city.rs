// Dijkstra over (price, city, stops) that marks a city as done the first time
// it is popped: a pricier route to that city with fewer stops, which may be the
// only one that reaches dst in time, is thrown away.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn find_cheapest_price(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 {
        let n = n as usize;
        let mut adj = vec![vec![]; n];
        for f in &flights {
            adj[f[0] as usize].push((f[1] as usize, f[2]));
        }
        let mut done = vec![false; n];
        let mut heap = BinaryHeap::from([Reverse((0, src as usize, 0))]);
        while let Some(Reverse((price, u, stops))) = heap.pop() {
            if u == dst as usize {
                return price;
            }
            if done[u] {
                continue;
            }
            done[u] = true;
            if stops > k {
                continue;
            }
            for &(v, p) in &adj[u] {
                if !done[v] {
                    heap.push(Reverse((price + p, v, stops + 1)));
                }
            }
        }
        -1
    }
}
