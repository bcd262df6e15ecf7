// Brute force from the back: drop each edge in turn, last one first, and
// check with a DFS that the remaining n - 1 edges still reach every node.
// O(n^2), which n <= 1000 allows.
impl Solution {
    pub fn find_redundant_connection(edges: Vec<Vec<i32>>) -> Vec<i32> {
        let n = edges.len();
        for skip in (0..n).rev() {
            let mut adj = vec![vec![]; n + 1];
            for (i, e) in edges.iter().enumerate() {
                if i != skip {
                    adj[e[0] as usize].push(e[1] as usize);
                    adj[e[1] as usize].push(e[0] as usize);
                }
            }
            let mut seen = vec![false; n + 1];
            let mut stack = vec![1];
            seen[1] = true;
            let mut count = 1;
            while let Some(u) = stack.pop() {
                for &v in &adj[u] {
                    if !seen[v] {
                        seen[v] = true;
                        count += 1;
                        stack.push(v);
                    }
                }
            }
            if count == n {
                return edges[skip].clone();
            }
        }
        vec![]
    }
}
