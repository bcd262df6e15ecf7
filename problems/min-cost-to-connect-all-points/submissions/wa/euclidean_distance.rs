// Prim with the straight-line (Euclidean) distance instead of the Manhattan
// one, rounded to an integer at each link.
impl Solution {
    pub fn min_cost_connect_points(points: Vec<Vec<i32>>) -> i32 {
        let n = points.len();
        let mut best = vec![f64::MAX; n];
        let mut done = vec![false; n];
        best[0] = 0.0;
        let mut total = 0;
        for _ in 0..n {
            let mut u = n;
            for v in 0..n {
                if !done[v] && (u == n || best[v] < best[u]) {
                    u = v;
                }
            }
            done[u] = true;
            total += best[u].round() as i32;
            for v in 0..n {
                let dx = (points[u][0] - points[v][0]) as f64;
                let dy = (points[u][1] - points[v][1]) as f64;
                let d = (dx * dx + dy * dy).sqrt();
                if !done[v] && d < best[v] {
                    best[v] = d;
                }
            }
        }
        total
    }
}
