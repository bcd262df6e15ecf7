impl Solution {
    pub fn find_order(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> Vec<i32> {
        let n = num_courses as usize;
        let mut waiting: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut indegree = vec![0usize; n];
        for p in &prerequisites {
            let (a, b) = (p[0] as usize, p[1] as usize);
            waiting[b].push(a);
            indegree[a] += 1;
        }
        let mut ready: Vec<usize> = (0..n).filter(|&c| indegree[c] == 0).collect();
        let mut order = Vec::with_capacity(n);
        while let Some(c) = ready.pop() {
            order.push(c as i32);
            for &next in &waiting[c] {
                indegree[next] -= 1;
                if indegree[next] == 0 {
                    ready.push(next);
                }
            }
        }
        if order.len() == n {
            order
        } else {
            Vec::new()
        }
    }
}
