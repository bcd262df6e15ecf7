// Recursive DFS with three states (0 unvisited, 1 on the current path, 2 done);
// reaching a course that is on the path means a cycle.
impl Solution {
    pub fn can_finish(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        let n = num_courses as usize;
        let mut adj = vec![vec![]; n];
        for p in prerequisites.iter() {
            adj[p[1] as usize].push(p[0] as usize);
        }
        fn has_cycle(u: usize, adj: &Vec<Vec<usize>>, state: &mut Vec<u8>) -> bool {
            state[u] = 1;
            for &v in &adj[u] {
                if state[v] == 1 {
                    return true;
                }
                if state[v] == 0 && has_cycle(v, adj, state) {
                    return true;
                }
            }
            state[u] = 2;
            false
        }
        let mut state = vec![0u8; n];
        for u in 0..n {
            if state[u] == 0 && has_cycle(u, &adj, &mut state) {
                return false;
            }
        }
        true
    }
}
