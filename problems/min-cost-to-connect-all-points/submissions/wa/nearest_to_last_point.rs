// Greedy walk: always link the point nearest to the LAST point added, instead
// of the point nearest to the whole tree. That builds a path, not a minimum
// spanning tree.
impl Solution {
    pub fn min_cost_connect_points(points: Vec<Vec<i32>>) -> i32 {
        let n = points.len();
        let mut used = vec![false; n];
        used[0] = true;
        let (mut cur, mut total) = (0, 0);
        for _ in 1..n {
            let (mut best, mut next) = (i32::MAX, 0);
            for v in 0..n {
                if !used[v] {
                    let d = (points[cur][0] - points[v][0]).abs() + (points[cur][1] - points[v][1]).abs();
                    if d < best {
                        best = d;
                        next = v;
                    }
                }
            }
            used[next] = true;
            total += best;
            cur = next;
        }
        total
    }
}
