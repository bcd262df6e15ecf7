impl Solution {
    pub fn can_finish(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        let n = num_courses as usize;
        let mut waiting: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut indegree = vec![0usize; n];
        for p in &prerequisites {
            let (a, b) = (p[0] as usize, p[1] as usize);
            waiting[b].push(a);
            indegree[a] += 1;
        }
        let mut ready: Vec<usize> = (0..n).filter(|&c| indegree[c] == 0).collect();
        let mut done = 0;
        while let Some(c) = ready.pop() {
            done += 1;
            for &next in &waiting[c] {
                indegree[next] -= 1;
                if indegree[next] == 0 {
                    ready.push(next);
                }
            }
        }
        done == n
    }
}
