// Kahn's algorithm with a FIFO queue (courses leave in the order they become
// free, smallest label first at the start): usually a different valid order
// than the reference's stack.
use std::collections::VecDeque;

impl Solution {
    pub fn find_order(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> Vec<i32> {
        let n = num_courses as usize;
        let mut adj = vec![vec![]; n];
        let mut indeg = vec![0; n];
        for p in prerequisites.iter() {
            adj[p[1] as usize].push(p[0] as usize);
            indeg[p[0] as usize] += 1;
        }
        let mut queue: VecDeque<usize> = (0..n).filter(|&i| indeg[i] == 0).collect();
        let mut res = vec![];
        while let Some(u) = queue.pop_front() {
            res.push(u as i32);
            for &v in &adj[u] {
                indeg[v] -= 1;
                if indeg[v] == 0 {
                    queue.push_back(v);
                }
            }
        }
        if res.len() == n { res } else { vec![] }
    }
}
