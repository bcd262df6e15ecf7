// Kahn's algorithm that returns whatever it managed to order: with a cycle the
// courses on (and behind) it never become free, and the answer should be [],
// not the shorter list.
use std::collections::VecDeque;

impl Solution {
    pub fn find_order(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> Vec<i32> {
        let n = num_courses as usize;
        let mut adj = vec![vec![]; n];
        let mut indeg = vec![0; n];
        for p in &prerequisites {
            adj[p[1] as usize].push(p[0] as usize);
            indeg[p[0] as usize] += 1;
        }
        let mut q: VecDeque<usize> = (0..n).filter(|&i| indeg[i] == 0).collect();
        let mut res = Vec::new();
        while let Some(u) = q.pop_front() {
            res.push(u as i32);
            for &v in &adj[u] {
                indeg[v] -= 1;
                if indeg[v] == 0 {
                    q.push_back(v);
                }
            }
        }
        res
    }
}
