// Kruskal whose union sets parent[i] = j on the edge's own points instead of
// their roots: i's earlier link is overwritten, groups fall apart, and edges
// that close cycles get accepted.
impl Solution {
    pub fn min_cost_connect_points(points: Vec<Vec<i32>>) -> i32 {
        let n = points.len();
        let mut edges = Vec::new();
        for i in 0..n {
            for j in i + 1..n {
                let d = (points[i][0] - points[j][0]).abs() + (points[i][1] - points[j][1]).abs();
                edges.push((d, i, j));
            }
        }
        edges.sort_unstable();
        let mut parent: Vec<usize> = (0..n).collect();
        fn find(p: &Vec<usize>, mut x: usize) -> usize {
            while p[x] != x {
                x = p[x];
            }
            x
        }
        let (mut total, mut used) = (0, 0);
        for (d, i, j) in edges {
            if used == n.saturating_sub(1) {
                break;
            }
            if find(&parent, i) != find(&parent, j) {
                parent[i] = j;
                total += d;
                used += 1;
            }
        }
        total
    }
}
