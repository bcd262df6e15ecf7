// Correct but exponential: a DFS that marks courses only while they are on the
// current path and forgets them afterwards, so every path through the graph is
// walked again (2^(n/2) paths through a ladder of pairs of courses).
impl Solution {
    pub fn can_finish(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        let n = num_courses as usize;
        let mut adj = vec![vec![]; n];
        for p in &prerequisites {
            adj[p[1] as usize].push(p[0] as usize);
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
        (0..n).all(|u| !cycle_from(u, &adj, &mut on_path))
    }
}
