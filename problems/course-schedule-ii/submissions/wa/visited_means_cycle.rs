// DFS with one "visited" flag instead of three states: reaching a finished
// course again by a second route (a diamond) is taken for a cycle, and [] is
// returned although a plan exists.
impl Solution {
    pub fn find_order(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> Vec<i32> {
        let n = num_courses as usize;
        let mut needs = vec![vec![]; n];
        for p in &prerequisites {
            needs[p[0] as usize].push(p[1] as usize);
        }
        fn dfs(u: usize, needs: &Vec<Vec<usize>>, seen: &mut Vec<bool>, order: &mut Vec<i32>) -> bool {
            if seen[u] {
                return false;
            }
            seen[u] = true;
            for &v in &needs[u] {
                if !dfs(v, needs, seen, order) {
                    return false;
                }
            }
            order.push(u as i32);
            true
        }
        let mut seen = vec![false; n];
        let mut order = Vec::new();
        for u in 0..n {
            if !seen[u] && !dfs(u, &needs, &mut seen, &mut order) {
                return vec![];
            }
        }
        order
    }
}
