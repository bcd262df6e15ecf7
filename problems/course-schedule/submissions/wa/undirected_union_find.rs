// Cycle detection with union-find, which ignores the direction of the pairs:
// two routes to the same course (a diamond) close an undirected cycle and the
// answer becomes false although the plan is fine.
impl Solution {
    pub fn can_finish(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        let mut parent: Vec<usize> = (0..num_courses as usize).collect();
        fn find(parent: &mut Vec<usize>, x: usize) -> usize {
            if parent[x] != x {
                let root = find(parent, parent[x]);
                parent[x] = root;
            }
            parent[x]
        }
        for p in prerequisites {
            let a = find(&mut parent, p[0] as usize);
            let b = find(&mut parent, p[1] as usize);
            if a == b {
                return false;
            }
            parent[a] = b;
        }
        true
    }
}
