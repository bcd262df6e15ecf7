// Marks cells as used but never unmarks them when a branch fails: a later branch (or a
// later start cell) cannot use cells an abandoned path went through.
impl Solution {
    pub fn exist(board: Vec<Vec<char>>, word: String) -> bool {
        fn dfs(b: &mut Vec<Vec<char>>, w: &[char], i: usize, r: usize, c: usize) -> bool {
            if b[r][c] != w[i] {
                return false;
            }
            if i + 1 == w.len() {
                return true;
            }
            b[r][c] = '#';
            let (m, n) = (b.len(), b[0].len());
            (r > 0 && dfs(b, w, i + 1, r - 1, c))
                || (r + 1 < m && dfs(b, w, i + 1, r + 1, c))
                || (c > 0 && dfs(b, w, i + 1, r, c - 1))
                || (c + 1 < n && dfs(b, w, i + 1, r, c + 1))
        }
        let w: Vec<char> = word.chars().collect();
        let mut b = board;
        for r in 0..b.len() {
            for c in 0..b[0].len() {
                if dfs(&mut b, &w, 0, r, c) {
                    return true;
                }
            }
        }
        false
    }
}
