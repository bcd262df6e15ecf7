// Correct but exponential: DFS over every route of at most k + 1 flights that
// does not revisit a city, cut only when the price already reaches the best
// found. A dense network with a large k has far too many such routes.
impl Solution {
    pub fn find_cheapest_price(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 {
        let n = n as usize;
        let mut adj = vec![vec![]; n];
        for f in &flights {
            adj[f[0] as usize].push((f[1] as usize, f[2]));
        }
        fn dfs(u: usize, dst: usize, left: i32, price: i32, adj: &Vec<Vec<(usize, i32)>>, on: &mut Vec<bool>, best: &mut i32) {
            if u == dst {
                *best = (*best).min(price);
                return;
            }
            if left == 0 {
                return;
            }
            on[u] = true;
            for &(v, p) in &adj[u] {
                if !on[v] && price + p < *best {
                    dfs(v, dst, left - 1, price + p, adj, on, best);
                }
            }
            on[u] = false;
        }
        let mut best = i32::MAX;
        let mut on = vec![false; n];
        dfs(src as usize, dst as usize, k + 1, 0, &adj, &mut on, &mut best);
        if best == i32::MAX { -1 } else { best }
    }
}
