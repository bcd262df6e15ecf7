// Correct but exponential: before ordering, it checks for a cycle with a DFS
// that marks courses only while they are on the current path and forgets them
// afterwards, so every path is walked again (2^(n/2) paths through a ladder).
impl Solution {
    pub fn find_order(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> Vec<i32> {
        let n = num_courses as usize;
        let mut adj = vec![vec![]; n];
        let mut indeg = vec![0; n];
        for p in &prerequisites {
            adj[p[1] as usize].push(p[0] as usize);
            indeg[p[0] as usize] += 1;
        }
        fn cycle_from(u: usize, adj: &Vec<Vec<usize>>, on_path: &mut Vec<bool>) -> bool {
            if on_path[u] {
                return true;
            }
            on_path[u] = true;
            for &v in &adj[u] {
                if cycle_from(v, adj, on_path) {
                    return true;
                }
            }
            on_path[u] = false;
            false
        }
        let mut on_path = vec![false; n];
        if (0..n).any(|u| cycle_from(u, &adj, &mut on_path)) {
            return vec![];
        }
        let mut stack: Vec<usize> = (0..n).filter(|&i| indeg[i] == 0).collect();
        let mut res = Vec::new();
        while let Some(u) = stack.pop() {
            res.push(u as i32);
            for &v in &adj[u] {
                indeg[v] -= 1;
                if indeg[v] == 0 {
                    stack.push(v);
                }
            }
        }
        res
    }
}
