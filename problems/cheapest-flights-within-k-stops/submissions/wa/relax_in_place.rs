// Bellman-Ford with k + 1 rounds, but relaxing in place instead of from a copy
// of the previous round: one round can chain several flights, so routes with
// too many stops slip in.
impl Solution {
    pub fn find_cheapest_price(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 {
        let mut cost = vec![i32::MAX; n as usize];
        cost[src as usize] = 0;
        for _ in 0..=k {
            for f in &flights {
                let (a, b, p) = (f[0] as usize, f[1] as usize, f[2]);
                if cost[a] != i32::MAX && cost[a] + p < cost[b] {
                    cost[b] = cost[a] + p;
                }
            }
        }
        if cost[dst as usize] == i32::MAX { -1 } else { cost[dst as usize] }
    }
}
