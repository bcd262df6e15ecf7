impl Solution {
    pub fn find_words(board: Vec<Vec<char>>, words: Vec<String>) -> Vec<String> {
        // Trie in flat arrays: next[node][letter] (0 = none; node 0 is the root),
        // word[node] = index of the word ending there (or usize::MAX), and
        // live[node] = number of unfound words in the node's subtree, so that
        // exhausted branches are skipped.
        let mut next: Vec<[u32; 26]> = vec![[0; 26]];
        let mut word: Vec<usize> = vec![usize::MAX];
        let mut live: Vec<u32> = vec![0];
        for (k, w) in words.iter().enumerate() {
            let mut node = 0;
            live[0] += 1;
            for b in w.bytes() {
                let c = (b - b'a') as usize;
                if next[node][c] == 0 {
                    next[node][c] = next.len() as u32;
                    next.push([0; 26]);
                    word.push(usize::MAX);
                    live.push(0);
                }
                node = next[node][c] as usize;
                live[node] += 1;
            }
            word[node] = k;
        }

        let mut grid: Vec<Vec<u8>> = board.iter().map(|row| row.iter().map(|&c| c as u8).collect()).collect();
        let mut found = Vec::new();
        let mut path = Vec::with_capacity(11);
        for i in 0..grid.len() {
            for j in 0..grid[0].len() {
                let c = (grid[i][j] - b'a') as usize;
                let child = next[0][c] as usize;
                if child != 0 && live[child] > 0 {
                    path.clear();
                    path.push(0);
                    Self::dfs(&mut grid, i, j, child, &next, &mut word, &mut live, &mut path, &mut found);
                }
            }
        }
        found.into_iter().map(|k| words[k].clone()).collect()
    }

    /// Enters cell (i, j), whose letter leads to trie node `node`; `path` holds
    /// the trie nodes above it.
    #[allow(clippy::too_many_arguments)]
    fn dfs(
        grid: &mut [Vec<u8>],
        i: usize,
        j: usize,
        node: usize,
        next: &[[u32; 26]],
        word: &mut [usize],
        live: &mut [u32],
        path: &mut Vec<usize>,
        found: &mut Vec<usize>,
    ) {
        path.push(node);
        if word[node] != usize::MAX {
            found.push(word[node]);
            word[node] = usize::MAX;
            for &p in path.iter() {
                live[p] -= 1;
            }
        }
        let letter = grid[i][j];
        grid[i][j] = b'#';
        let (m, n) = (grid.len(), grid[0].len());
        let steps = [(i.wrapping_sub(1), j), (i + 1, j), (i, j.wrapping_sub(1)), (i, j + 1)];
        for (a, b) in steps {
            if live[node] == 0 {
                break;
            }
            if a < m && b < n && grid[a][b] != b'#' {
                let child = next[node][(grid[a][b] - b'a') as usize] as usize;
                if child != 0 && live[child] > 0 {
                    Self::dfs(grid, a, b, child, next, word, live, path, found);
                }
            }
        }
        grid[i][j] = letter;
        path.pop();
    }
}
