// O(n^2) Dijkstra on an adjacency matrix, picking the closest unfinished node
// by a linear scan.
impl Solution {
    pub fn network_delay_time(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 {
        let n = n as usize;
        let mut w = vec![vec![-1; n]; n];
        for t in times {
            w[t[0] as usize - 1][t[1] as usize - 1] = t[2];
        }
        let mut dist = vec![i32::MAX; n];
        let mut done = vec![false; n];
        dist[k as usize - 1] = 0;
        let mut ans = 0;
        for _ in 0..n {
            let mut u = n;
            for v in 0..n {
                if !done[v] && dist[v] != i32::MAX && (u == n || dist[v] < dist[u]) {
                    u = v;
                }
            }
            if u == n {
                return -1;
            }
            done[u] = true;
            ans = ans.max(dist[u]);
            for v in 0..n {
                if w[u][v] >= 0 && dist[u] + w[u][v] < dist[v] {
                    dist[v] = dist[u] + w[u][v];
                }
            }
        }
        ans
    }
}
