// Adjacency list and a recursive DFS from every unvisited node (a path of 2000
// nodes recurses 2000 deep).
impl Solution {
    pub fn count_components(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let n = n as usize;
        let mut graph = vec![Vec::new(); n];
        for edge in edges.iter() {
            graph[edge[0] as usize].push(edge[1] as usize);
            graph[edge[1] as usize].push(edge[0] as usize);
        }
        fn dfs(node: usize, graph: &Vec<Vec<usize>>, visited: &mut Vec<bool>) {
            visited[node] = true;
            for &next in &graph[node] {
                if !visited[next] {
                    dfs(next, graph, visited);
                }
            }
        }
        let mut visited = vec![false; n];
        let mut components = 0;
        for node in 0..n {
            if !visited[node] {
                components += 1;
                dfs(node, &graph, &mut visited);
            }
        }
        components
    }
}
