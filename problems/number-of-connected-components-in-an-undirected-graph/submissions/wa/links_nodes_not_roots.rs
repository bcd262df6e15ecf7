// Union-find that links the nodes themselves (parent[b] = a) instead of their
// roots: b's old group is cut loose, so joining two existing groups through
// non-root nodes loses the connection.
impl Solution {
    pub fn count_components(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let mut parent: Vec<usize> = (0..n as usize).collect();
        fn find(parent: &mut Vec<usize>, x: usize) -> usize {
            let mut r = x;
            while parent[r] != r {
                r = parent[r];
            }
            r
        }
        for e in &edges {
            let (a, b) = (e[0] as usize, e[1] as usize);
            if find(&mut parent, a) != find(&mut parent, b) {
                parent[b] = a;
            }
        }
        let mut count = 0;
        for i in 0..n as usize {
            if find(&mut parent, i) == i {
                count += 1;
            }
        }
        count
    }
}
