// Correct unions, but the answer is the number of distinct values left in the
// parent array, read without a final find: a node whose parent is no longer a
// root adds a component that does not exist.
use std::collections::HashSet;

impl Solution {
    pub fn count_components(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let mut parent: Vec<usize> = (0..n as usize).collect();
        fn find(p: &mut Vec<usize>, x: usize) -> usize {
            if p[x] != x {
                p[x] = find(p, p[x]);
            }
            p[x]
        }
        for e in edges {
            let ra = find(&mut parent, e[0] as usize);
            let rb = find(&mut parent, e[1] as usize);
            if ra != rb {
                parent[ra] = rb;
            }
        }
        parent.iter().collect::<HashSet<_>>().len() as i32
    }
}
