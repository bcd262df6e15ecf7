impl Solution {
    pub fn valid_tree(n: i32, edges: Vec<Vec<i32>>) -> bool {
        let n = n as usize;
        // A tree on n nodes has exactly n - 1 edges; with that many, no cycle means connected.
        if edges.len() + 1 != n {
            return false;
        }
        let mut parent: Vec<usize> = (0..n).collect();
        let mut size = vec![1usize; n];
        fn find(parent: &mut [usize], mut x: usize) -> usize {
            while parent[x] != x {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            x
        }
        for e in &edges {
            let (mut a, mut b) = (find(&mut parent, e[0] as usize), find(&mut parent, e[1] as usize));
            if a == b {
                return false;
            }
            if size[a] < size[b] {
                std::mem::swap(&mut a, &mut b);
            }
            parent[b] = a;
            size[a] += size[b];
        }
        true
    }
}
