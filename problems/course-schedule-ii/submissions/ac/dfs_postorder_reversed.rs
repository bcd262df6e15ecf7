// Recursive three-colour DFS along "b -> a" arrows: a course is appended once
// everything that depends on it is finished, so the reversed post-order is a
// valid plan (and a different one from Kahn's).
impl Solution {
    pub fn find_order(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> Vec<i32> {
        let n = num_courses as usize;
        let mut adj = vec![vec![]; n];
        for p in &prerequisites {
            adj[p[1] as usize].push(p[0] as usize);
        }
        fn dfs(u: usize, adj: &Vec<Vec<usize>>, color: &mut Vec<u8>, post: &mut Vec<i32>) -> bool {
            color[u] = 1;
            for &v in &adj[u] {
                if color[v] == 1 {
                    return false;
                }
                if color[v] == 0 && !dfs(v, adj, color, post) {
                    return false;
                }
            }
            color[u] = 2;
            post.push(u as i32);
            true
        }
        let mut color = vec![0u8; n];
        let mut post = Vec::with_capacity(n);
        for u in 0..n {
            if color[u] == 0 && !dfs(u, &adj, &mut color, &mut post) {
                return vec![];
            }
        }
        post.reverse();
        post
    }
}
