// Union-find with the n - 1 check, but an early "no edges, no tree" exit: a
// single node with no edges is a tree.
impl Solution {
    pub fn valid_tree(n: i32, edges: Vec<Vec<i32>>) -> bool {
        if edges.is_empty() || edges.len() as i32 != n - 1 {
            return false;
        }
        let mut parent: Vec<usize> = (0..n as usize).collect();
        fn find(p: &mut Vec<usize>, x: usize) -> usize {
            if p[x] != x {
                let r = find(p, p[x]);
                p[x] = r;
            }
            p[x]
        }
        for e in edges {
            let (a, b) = (find(&mut parent, e[0] as usize), find(&mut parent, e[1] as usize));
            if a == b {
                return false;
            }
            parent[a] = b;
        }
        true
    }
}
