// DFS with a single "visited" flag that is never told apart from "on the current
// path": reaching a course a second time by another route (a diamond 0 -> 1 -> 3,
// 0 -> 2 -> 3) is reported as a cycle.
impl Solution {
    pub fn can_finish(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        let n = num_courses as usize;
        let mut adj = vec![vec![]; n];
        for p in &prerequisites {
            adj[p[1] as usize].push(p[0] as usize);
        }
        fn dfs(u: usize, adj: &Vec<Vec<usize>>, visited: &mut Vec<bool>) -> bool {
            if visited[u] {
                return false;
            }
            visited[u] = true;
            adj[u].iter().all(|&v| dfs(v, adj, visited))
        }
        let mut visited = vec![false; n];
        (0..n).all(|u| visited[u] || dfs(u, &adj, &mut visited))
    }
}
