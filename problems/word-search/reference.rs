impl Solution {
    pub fn exist(board: Vec<Vec<char>>, word: String) -> bool {
        fn dfs(b: &mut Vec<Vec<u8>>, w: &[u8], i: usize, r: usize, c: usize) -> bool {
            if b[r][c] != w[i] {
                return false;
            }
            if i + 1 == w.len() {
                return true;
            }
            b[r][c] = 0; // in use on the current path
            let (m, n) = (b.len(), b[0].len());
            let found = (r > 0 && dfs(b, w, i + 1, r - 1, c))
                || (r + 1 < m && dfs(b, w, i + 1, r + 1, c))
                || (c > 0 && dfs(b, w, i + 1, r, c - 1))
                || (c + 1 < n && dfs(b, w, i + 1, r, c + 1));
            b[r][c] = w[i];
            found
        }
        let mut b: Vec<Vec<u8>> = board.iter().map(|row| row.iter().map(|&ch| ch as u8).collect()).collect();
        let mut w: Vec<u8> = word.into_bytes();
        // Pruning 1: the board must hold every letter of the word often enough.
        let mut have = [0usize; 128];
        for row in &b {
            for &ch in row {
                have[ch as usize] += 1;
            }
        }
        let mut need = [0usize; 128];
        for &ch in &w {
            need[ch as usize] += 1;
        }
        if (0..128).any(|ch| need[ch] > have[ch]) {
            return false;
        }
        // Pruning 2: start from the end whose letter is rarer on the board.
        if have[w[0] as usize] > have[w[w.len() - 1] as usize] {
            w.reverse();
        }
        let (m, n) = (b.len(), b[0].len());
        for r in 0..m {
            for c in 0..n {
                if dfs(&mut b, &w, 0, r, c) {
                    return true;
                }
            }
        }
        false
    }
}
