// Lazy Prim with a binary heap: push every edge out of each new tree point,
// skip popped points already in the tree. O(n^2 log n) on the complete graph.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn min_cost_connect_points(points: Vec<Vec<i32>>) -> i32 {
        let n = points.len();
        let mut seen = vec![false; n];
        let mut heap = BinaryHeap::from([Reverse((0, 0usize))]);
        let (mut total, mut count) = (0, 0);
        while let Some(Reverse((d, u))) = heap.pop() {
            if seen[u] {
                continue;
            }
            seen[u] = true;
            total += d;
            count += 1;
            if count == n {
                break;
            }
            for v in 0..n {
                if !seen[v] {
                    let w = (points[u][0] - points[v][0]).abs() + (points[u][1] - points[v][1]).abs();
                    heap.push(Reverse((w, v)));
                }
            }
        }
        total
    }
}
