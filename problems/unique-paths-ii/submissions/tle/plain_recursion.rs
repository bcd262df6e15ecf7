// Walks every route from the start with plain recursion, no memo: correct,
// but one call per route and more (over 10^9 on the largest answers).
impl Solution {
    pub fn unique_paths_with_obstacles(obstacle_grid: Vec<Vec<i32>>) -> i32 {
        fn walk(r: usize, c: usize, g: &[Vec<i32>]) -> i32 {
            if r >= g.len() || c >= g[0].len() || g[r][c] == 1 {
                return 0;
            }
            if r == g.len() - 1 && c == g[0].len() - 1 {
                return 1;
            }
            walk(r + 1, c, g) + walk(r, c + 1, g)
        }
        walk(0, 0, &obstacle_grid)
    }
}
