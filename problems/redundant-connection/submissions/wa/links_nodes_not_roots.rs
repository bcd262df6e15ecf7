// Union-find whose union sets parent[a] = b on the edge's own nodes instead of
// on their roots: a's old link is overwritten, so parts of a group get cut off
// and a later cycle edge is not noticed (or the wrong edge is).
impl Solution {
    pub fn find_redundant_connection(edges: Vec<Vec<i32>>) -> Vec<i32> {
        let mut parent: Vec<usize> = (0..=edges.len()).collect();
        fn find(p: &mut Vec<usize>, x: usize) -> usize {
            if p[x] != x {
                let r = find(p, p[x]);
                p[x] = r;
            }
            p[x]
        }
        for e in &edges {
            let (a, b) = (e[0] as usize, e[1] as usize);
            if find(&mut parent, a) == find(&mut parent, b) {
                return e.clone();
            }
            parent[a] = b;
        }
        vec![]
    }
}
