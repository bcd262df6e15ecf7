// Kahn's algorithm with a HashMap adjacency list and a VecDeque, counting how
// many courses leave the queue.
use std::collections::{HashMap, VecDeque};

impl Solution {
    pub fn can_finish(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        let mut graph: HashMap<i32, Vec<i32>> = HashMap::new();
        let mut in_degree = vec![0; num_courses as usize];
        for pre in prerequisites {
            graph.entry(pre[1]).or_default().push(pre[0]);
            in_degree[pre[0] as usize] += 1;
        }
        let mut queue: VecDeque<i32> = (0..num_courses).filter(|&c| in_degree[c as usize] == 0).collect();
        let mut taken = 0;
        while let Some(course) = queue.pop_front() {
            taken += 1;
            if let Some(next) = graph.get(&course) {
                for &n in next {
                    in_degree[n as usize] -= 1;
                    if in_degree[n as usize] == 0 {
                        queue.push_back(n);
                    }
                }
            }
        }
        taken == num_courses
    }
}
