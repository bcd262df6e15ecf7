// Recursive DFS that remembers the node it came from: meeting any other
// visited node is a cycle; afterwards every node must have been reached.
// (No edge-count shortcut, so it really detects cycles.)
impl Solution {
    pub fn valid_tree(n: i32, edges: Vec<Vec<i32>>) -> bool {
        let n = n as usize;
        let mut adj = vec![vec![]; n];
        for e in &edges {
            adj[e[0] as usize].push(e[1] as usize);
            adj[e[1] as usize].push(e[0] as usize);
        }
        fn has_cycle(u: usize, from: usize, adj: &Vec<Vec<usize>>, seen: &mut Vec<bool>) -> bool {
            seen[u] = true;
            for &v in &adj[u] {
                if v == from {
                    continue;
                }
                if seen[v] || has_cycle(v, u, adj, seen) {
                    return true;
                }
            }
            false
        }
        let mut seen = vec![false; n];
        if has_cycle(0, usize::MAX, &adj, &mut seen) {
            return false;
        }
        seen.iter().all(|&s| s)
    }
}
