// Adds the edges one by one; before adding [a, b], a recursive DFS checks
// whether a already reaches b. The first edge for which it does closes the cycle.
impl Solution {
    pub fn find_redundant_connection(edges: Vec<Vec<i32>>) -> Vec<i32> {
        let n = edges.len();
        let mut adj: Vec<Vec<usize>> = vec![vec![]; n + 1];
        fn reach(u: usize, target: usize, adj: &Vec<Vec<usize>>, seen: &mut Vec<bool>) -> bool {
            if u == target {
                return true;
            }
            seen[u] = true;
            for &v in &adj[u] {
                if !seen[v] && reach(v, target, adj, seen) {
                    return true;
                }
            }
            false
        }
        for e in edges {
            let (a, b) = (e[0] as usize, e[1] as usize);
            let mut seen = vec![false; n + 1];
            if reach(a, b, &adj, &mut seen) {
                return e;
            }
            adj[a].push(b);
            adj[b].push(a);
        }
        vec![]
    }
}
