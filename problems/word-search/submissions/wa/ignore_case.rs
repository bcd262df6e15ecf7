// Compares letters case-insensitively (to_ascii_lowercase on both sides): 'a' matches
// 'A', but the letters are case-sensitive.
impl Solution {
    pub fn exist(board: Vec<Vec<char>>, word: String) -> bool {
        fn dfs(b: &mut Vec<Vec<char>>, w: &[char], i: usize, r: usize, c: usize) -> bool {
            if b[r][c] == '#' || b[r][c].to_ascii_lowercase() != w[i].to_ascii_lowercase() {
                return false;
            }
            if i + 1 == w.len() {
                return true;
            }
            let keep = b[r][c];
            b[r][c] = '#';
            let (m, n) = (b.len(), b[0].len());
            let found = (r > 0 && dfs(b, w, i + 1, r - 1, c))
                || (r + 1 < m && dfs(b, w, i + 1, r + 1, c))
                || (c > 0 && dfs(b, w, i + 1, r, c - 1))
                || (c + 1 < n && dfs(b, w, i + 1, r, c + 1));
            b[r][c] = keep;
            found
        }
        let w: Vec<char> = word.chars().collect();
        let mut b = board;
        if w.len() > b.len() * b[0].len() {
            return false;
        }
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
