// DFS along "course -> its prerequisites": a course is appended after all its
// prerequisites, so the plain post-order is already valid (no reversal needed).
impl Solution {
    pub fn find_order(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> Vec<i32> {
        let n = num_courses as usize;
        let mut needs = vec![vec![]; n];
        for p in &prerequisites {
            needs[p[0] as usize].push(p[1] as usize);
        }
        // Iterative, with an explicit stack of (course, next prerequisite index).
        let mut state = vec![0u8; n];
        let mut order = Vec::with_capacity(n);
        for start in (0..n).rev() {
            if state[start] != 0 {
                continue;
            }
            let mut stack = vec![(start, 0usize)];
            state[start] = 1;
            while let Some(&mut (u, ref mut i)) = stack.last_mut() {
                if *i < needs[u].len() {
                    let v = needs[u][*i];
                    *i += 1;
                    match state[v] {
                        0 => {
                            state[v] = 1;
                            stack.push((v, 0));
                        }
                        1 => return vec![],
                        _ => {}
                    }
                } else {
                    state[u] = 2;
                    order.push(u as i32);
                    stack.pop();
                }
            }
        }
        order
    }
}
