impl Solution {
    pub fn find_cheapest_price(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 {
        const INF: i32 = i32::MAX;
        let mut cost = vec![INF; n as usize];
        cost[src as usize] = 0;
        // Round r allows r + 1 flights; each round extends only last round's routes.
        for _ in 0..=k {
            let prev = cost.clone();
            let mut changed = false;
            for f in &flights {
                let (from, to, price) = (f[0] as usize, f[1] as usize, f[2]);
                if prev[from] != INF && prev[from] + price < cost[to] {
                    cost[to] = prev[from] + price;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        if cost[dst as usize] == INF { -1 } else { cost[dst as usize] }
    }
}
