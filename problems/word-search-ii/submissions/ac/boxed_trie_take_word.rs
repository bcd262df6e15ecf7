// The classic: a trie of boxed nodes holding the whole word at its end node;
// DFS marks cells with '#' and restores them; a found word is taken out of
// the trie so it is reported once. No pruning of exhausted branches.
#[derive(Default)]
struct TrieNode {
    children: [Option<Box<TrieNode>>; 26],
    word: Option<String>,
}

impl Solution {
    pub fn find_words(mut board: Vec<Vec<char>>, words: Vec<String>) -> Vec<String> {
        let mut root = TrieNode::default();
        for w in words {
            let mut node = &mut root;
            for c in w.chars() {
                node = node.children[(c as u8 - b'a') as usize].get_or_insert_with(Default::default);
            }
            node.word = Some(w);
        }
        let mut res = Vec::new();
        for i in 0..board.len() {
            for j in 0..board[0].len() {
                Self::dfs(&mut board, i as i32, j as i32, &mut root, &mut res);
            }
        }
        res
    }

    fn dfs(board: &mut Vec<Vec<char>>, i: i32, j: i32, node: &mut TrieNode, res: &mut Vec<String>) {
        if i < 0 || j < 0 || i >= board.len() as i32 || j >= board[0].len() as i32 {
            return;
        }
        let (r, c) = (i as usize, j as usize);
        let ch = board[r][c];
        if ch == '#' {
            return;
        }
        let Some(next) = node.children[(ch as u8 - b'a') as usize].as_deref_mut() else {
            return;
        };
        if let Some(w) = next.word.take() {
            res.push(w);
        }
        board[r][c] = '#';
        Self::dfs(board, i + 1, j, next, res);
        Self::dfs(board, i - 1, j, next, res);
        Self::dfs(board, i, j + 1, next, res);
        Self::dfs(board, i, j - 1, next, res);
        board[r][c] = ch;
    }
}
