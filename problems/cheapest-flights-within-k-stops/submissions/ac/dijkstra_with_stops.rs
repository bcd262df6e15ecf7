// Dijkstra over (price, city, flights used): a city is expanded again only
// when it is reached with fewer flights than before.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn find_cheapest_price(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 {
        let n = n as usize;
        let mut adj = vec![vec![]; n];
        for f in &flights {
            adj[f[0] as usize].push((f[1] as usize, f[2]));
        }
        let mut fewest = vec![i32::MAX; n];
        let mut heap = BinaryHeap::from([Reverse((0, src as usize, 0))]);
        while let Some(Reverse((price, u, used))) = heap.pop() {
            if u == dst as usize {
                return price;
            }
            if used >= fewest[u] || used > k {
                continue;
            }
            fewest[u] = used;
            for &(v, p) in &adj[u] {
                heap.push(Reverse((price + p, v, used + 1)));
            }
        }
        -1
    }
}
