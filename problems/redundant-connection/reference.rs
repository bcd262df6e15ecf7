impl Solution {
    pub fn find_redundant_connection(edges: Vec<Vec<i32>>) -> Vec<i32> {
        let n = edges.len();
        let mut parent: Vec<usize> = (0..=n).collect();
        let mut size = vec![1usize; n + 1];
        fn find(parent: &mut [usize], mut x: usize) -> usize {
            while parent[x] != x {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            x
        }
        for e in &edges {
            let (mut a, mut b) = (find(&mut parent, e[0] as usize), find(&mut parent, e[1] as usize));
            // The first edge whose ends are already connected is the last edge of the cycle.
            if a == b {
                return e.clone();
            }
            if size[a] < size[b] {
                std::mem::swap(&mut a, &mut b);
            }
            parent[b] = a;
            size[a] += size[b];
        }
        Vec::new()
    }
}
