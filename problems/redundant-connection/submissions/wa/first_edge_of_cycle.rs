// Finds the cycle correctly (peeling off leaves until only the cycle is left),
// but returns the cycle edge that comes FIRST in the input instead of the last.
impl Solution {
    pub fn find_redundant_connection(edges: Vec<Vec<i32>>) -> Vec<i32> {
        let n = edges.len();
        let mut deg = vec![0; n + 1];
        let mut adj = vec![vec![]; n + 1];
        for e in &edges {
            let (a, b) = (e[0] as usize, e[1] as usize);
            deg[a] += 1;
            deg[b] += 1;
            adj[a].push(b);
            adj[b].push(a);
        }
        let mut leaves: Vec<usize> = (1..=n).filter(|&v| deg[v] == 1).collect();
        while let Some(v) = leaves.pop() {
            deg[v] = 0;
            for &w in &adj[v] {
                if deg[w] > 0 {
                    deg[w] -= 1;
                    if deg[w] == 1 {
                        leaves.push(w);
                    }
                }
            }
        }
        for e in &edges {
            if deg[e[0] as usize] > 0 && deg[e[1] as usize] > 0 {
                return e.clone();
            }
        }
        vec![]
    }
}
