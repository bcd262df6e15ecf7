// Kahn's algorithm that only checks whether SOME course is free at the start
// and then processes the queue without comparing the count with numCourses: a
// cyclic part next to a free course is not noticed.
impl Solution {
    pub fn can_finish(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        let n = num_courses as usize;
        let mut indeg = vec![0; n];
        let mut adj = vec![vec![]; n];
        for p in &prerequisites {
            indeg[p[0] as usize] += 1;
            adj[p[1] as usize].push(p[0] as usize);
        }
        let mut stack: Vec<usize> = (0..n).filter(|&i| indeg[i] == 0).collect();
        if stack.is_empty() {
            return false;
        }
        while let Some(c) = stack.pop() {
            for &d in &adj[c] {
                indeg[d] -= 1;
                if indeg[d] == 0 {
                    stack.push(d);
                }
            }
        }
        true
    }
}
