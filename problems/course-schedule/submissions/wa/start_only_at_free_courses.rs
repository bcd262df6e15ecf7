// Three-state DFS, but searches start only from courses that have no
// prerequisites: a cycle that no free course leads into is never entered, so a
// plan made only of a cycle (or with a separate cyclic part) looks fine.
impl Solution {
    pub fn can_finish(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        let n = num_courses as usize;
        let mut adj = vec![vec![]; n];
        let mut has_pre = vec![false; n];
        for p in &prerequisites {
            adj[p[1] as usize].push(p[0] as usize);
            has_pre[p[0] as usize] = true;
        }
        fn cyc(u: usize, adj: &Vec<Vec<usize>>, st: &mut Vec<u8>) -> bool {
            st[u] = 1;
            for &v in &adj[u] {
                if st[v] == 1 || (st[v] == 0 && cyc(v, adj, st)) {
                    return true;
                }
            }
            st[u] = 2;
            false
        }
        let mut st = vec![0u8; n];
        for u in 0..n {
            if !has_pre[u] && st[u] == 0 && cyc(u, &adj, &mut st) {
                return false;
            }
        }
        true
    }
}
