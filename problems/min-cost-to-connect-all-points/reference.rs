impl Solution {
    pub fn min_cost_connect_points(points: Vec<Vec<i32>>) -> i32 {
        let n = points.len();
        // Prim on the complete graph: best[v] is v's cheapest link to the tree so far.
        let mut best = vec![i32::MAX; n];
        let mut in_tree = vec![false; n];
        best[0] = 0;
        let mut total = 0;
        for _ in 0..n {
            let mut u = usize::MAX;
            for v in 0..n {
                if !in_tree[v] && (u == usize::MAX || best[v] < best[u]) {
                    u = v;
                }
            }
            in_tree[u] = true;
            total += best[u];
            let (x, y) = (points[u][0], points[u][1]);
            for v in 0..n {
                if !in_tree[v] {
                    let d = (points[v][0] - x).abs() + (points[v][1] - y).abs();
                    if d < best[v] {
                        best[v] = d;
                    }
                }
            }
        }
        total
    }
}
