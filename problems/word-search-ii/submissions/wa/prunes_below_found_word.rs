// "Optimises" by cutting a found word's node out of the trie, subtree and
// all: a longer word that continues below it ("oath" after "oat") is lost.
#[derive(Default)]
struct Node {
    kids: [Option<Box<Node>>; 26],
    word: Option<String>,
}

impl Solution {
    pub fn find_words(mut board: Vec<Vec<char>>, words: Vec<String>) -> Vec<String> {
        let mut root = Node::default();
        for w in words {
            let mut n = &mut root;
            for b in w.bytes() {
                n = n.kids[(b - b'a') as usize].get_or_insert_with(Default::default);
            }
            n.word = Some(w);
        }
        let mut out = Vec::new();
        for i in 0..board.len() {
            for j in 0..board[0].len() {
                Self::dfs(&mut board, i, j, &mut root, &mut out);
            }
        }
        out
    }

    fn dfs(board: &mut Vec<Vec<char>>, i: usize, j: usize, parent: &mut Node, out: &mut Vec<String>) {
        let ch = board[i][j];
        if ch == '#' {
            return;
        }
        let k = (ch as u8 - b'a') as usize;
        let Some(node) = parent.kids[k].as_deref_mut() else { return };
        if let Some(w) = node.word.take() {
            out.push(w);
            parent.kids[k] = None;
            return;
        }
        board[i][j] = '#';
        if i > 0 {
            Self::dfs(board, i - 1, j, node, out);
        }
        if j > 0 {
            Self::dfs(board, i, j - 1, node, out);
        }
        if i + 1 < board.len() {
            Self::dfs(board, i + 1, j, node, out);
        }
        if j + 1 < board[0].len() {
            Self::dfs(board, i, j + 1, node, out);
        }
        board[i][j] = ch;
    }
}
