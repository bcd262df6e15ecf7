// Kruskal over all n (n - 1) / 2 edges: sort them by length and keep each edge
// that joins two different union-find groups. O(n^2 log n), accepted on LeetCode.
impl Solution {
    pub fn min_cost_connect_points(points: Vec<Vec<i32>>) -> i32 {
        let n = points.len();
        let mut edges = Vec::with_capacity(n * (n - 1) / 2);
        for i in 0..n {
            for j in i + 1..n {
                let d = (points[i][0] - points[j][0]).abs() + (points[i][1] - points[j][1]).abs();
                edges.push((d, i, j));
            }
        }
        edges.sort_unstable();
        let mut parent: Vec<usize> = (0..n).collect();
        fn find(p: &mut Vec<usize>, x: usize) -> usize {
            let mut r = x;
            while p[r] != r {
                r = p[r];
            }
            let mut c = x;
            while p[c] != r {
                let next = p[c];
                p[c] = r;
                c = next;
            }
            r
        }
        let (mut total, mut used) = (0, 0);
        for (d, i, j) in edges {
            let (a, b) = (find(&mut parent, i), find(&mut parent, j));
            if a != b {
                parent[a] = b;
                total += d;
                used += 1;
                if used == n - 1 {
                    break;
                }
            }
        }
        total
    }
}
