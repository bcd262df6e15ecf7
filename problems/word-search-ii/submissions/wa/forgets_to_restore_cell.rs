// Marks a cell as used but never puts its letter back: cells visited from an
// earlier start (or an earlier branch) are lost for every later search.
use std::collections::HashMap;

#[derive(Default)]
struct Node {
    next: HashMap<char, Node>,
    word: Option<String>,
}

impl Solution {
    pub fn find_words(board: Vec<Vec<char>>, words: Vec<String>) -> Vec<String> {
        let mut root = Node::default();
        for w in words {
            let mut cur = &mut root;
            for ch in w.chars() {
                cur = cur.next.entry(ch).or_default();
            }
            cur.word = Some(w);
        }
        let mut board = board;
        let mut ans = Vec::new();
        for i in 0..board.len() {
            for j in 0..board[0].len() {
                Self::search(&mut board, i as i32, j as i32, &mut root, &mut ans);
            }
        }
        ans
    }

    fn search(board: &mut Vec<Vec<char>>, i: i32, j: i32, node: &mut Node, ans: &mut Vec<String>) {
        if i < 0 || j < 0 || i as usize >= board.len() || j as usize >= board[0].len() {
            return;
        }
        let ch = board[i as usize][j as usize];
        let Some(child) = node.next.get_mut(&ch) else { return };
        if let Some(w) = child.word.take() {
            ans.push(w);
        }
        board[i as usize][j as usize] = '#';
        for (di, dj) in [(0, 1), (1, 0), (0, -1), (-1, 0)] {
            Self::search(board, i + di, j + dj, child, ans);
        }
    }
}
