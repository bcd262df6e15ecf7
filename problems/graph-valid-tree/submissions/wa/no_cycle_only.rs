// Union-find that only looks for a cycle: a forest of several trees has no
// cycle either, but it is not one tree (the n - 1 edge check is missing).
impl Solution {
    pub fn valid_tree(n: i32, edges: Vec<Vec<i32>>) -> bool {
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
