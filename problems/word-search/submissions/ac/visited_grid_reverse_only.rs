// DFS with a separate visited grid, iterative over directions; its only pruning is to
// search from the end of the word whose letter is rarer on the board.
impl Solution {
    pub fn exist(board: Vec<Vec<char>>, word: String) -> bool {
        fn dfs(b: &[Vec<char>], seen: &mut Vec<Vec<bool>>, w: &[char], i: usize, r: usize, c: usize) -> bool {
            if seen[r][c] || b[r][c] != w[i] {
                return false;
            }
            if i + 1 == w.len() {
                return true;
            }
            seen[r][c] = true;
            for (dr, dc) in [(0i32, 1i32), (1, 0), (0, -1), (-1, 0)] {
                let (nr, nc) = (r as i32 + dr, c as i32 + dc);
                if nr >= 0
                    && nc >= 0
                    && (nr as usize) < b.len()
                    && (nc as usize) < b[0].len()
                    && dfs(b, seen, w, i + 1, nr as usize, nc as usize)
                {
                    seen[r][c] = false;
                    return true;
                }
            }
            seen[r][c] = false;
            false
        }
        let mut w: Vec<char> = word.chars().collect();
        let count = |ch: char| board.iter().flatten().filter(|&&x| x == ch).count();
        if count(w[0]) > count(w[w.len() - 1]) {
            w.reverse();
        }
        let mut seen = vec![vec![false; board[0].len()]; board.len()];
        for r in 0..board.len() {
            for c in 0..board[0].len() {
                if dfs(&board, &mut seen, &w, 0, r, c) {
                    return true;
                }
            }
        }
        false
    }
}
