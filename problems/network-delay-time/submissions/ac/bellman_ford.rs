// Bellman-Ford: relax every edge up to n - 1 times (stop early when a round
// changes nothing). O(n * times.length), fine for n <= 100.
impl Solution {
    pub fn network_delay_time(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 {
        let inf = i32::MAX / 2;
        let mut dist = vec![inf; n as usize + 1];
        dist[k as usize] = 0;
        for _ in 1..n {
            let mut changed = false;
            for t in &times {
                let (u, v, w) = (t[0] as usize, t[1] as usize, t[2]);
                if dist[u] + w < dist[v] {
                    dist[v] = dist[u] + w;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        let ans = *dist[1..].iter().max().unwrap();
        if ans >= inf { -1 } else { ans }
    }
}
