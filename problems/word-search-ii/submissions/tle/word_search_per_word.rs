// Runs Word Search I for every word: a DFS from every cell per word. Correct,
// but words that almost match many paths make it far too slow.
impl Solution {
    pub fn find_words(board: Vec<Vec<char>>, words: Vec<String>) -> Vec<String> {
        let mut board = board;
        let mut res = Vec::new();
        for w in words {
            let chars: Vec<char> = w.chars().collect();
            let mut ok = false;
            'outer: for i in 0..board.len() {
                for j in 0..board[0].len() {
                    if Self::exist(&mut board, i, j, &chars, 0) {
                        ok = true;
                        break 'outer;
                    }
                }
            }
            if ok {
                res.push(w);
            }
        }
        res
    }

    fn exist(board: &mut Vec<Vec<char>>, i: usize, j: usize, w: &[char], k: usize) -> bool {
        if board[i][j] != w[k] {
            return false;
        }
        if k + 1 == w.len() {
            return true;
        }
        let saved = board[i][j];
        board[i][j] = '*';
        let dirs: [(i32, i32); 4] = [(0, 1), (1, 0), (0, -1), (-1, 0)];
        for (di, dj) in dirs {
            let (a, b) = (i as i32 + di, j as i32 + dj);
            if a >= 0 && b >= 0 && (a as usize) < board.len() && (b as usize) < board[0].len() {
                if Self::exist(board, a as usize, b as usize, w, k + 1) {
                    board[i][j] = saved;
                    return true;
                }
            }
        }
        board[i][j] = saved;
        false
    }
}
