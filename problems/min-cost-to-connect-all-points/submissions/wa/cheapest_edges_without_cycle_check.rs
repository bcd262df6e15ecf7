// Kruskal that takes the n - 1 shortest edges without checking for cycles:
// three close points spend two of the edges on a triangle's inside.
impl Solution {
    pub fn min_cost_connect_points(points: Vec<Vec<i32>>) -> i32 {
        let n = points.len();
        let mut edges = Vec::new();
        for i in 0..n {
            for j in i + 1..n {
                edges.push((points[i][0] - points[j][0]).abs() + (points[i][1] - points[j][1]).abs());
            }
        }
        edges.sort_unstable();
        edges.iter().take(n - 1).sum()
    }
}
