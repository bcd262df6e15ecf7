// Trie with HashMap children, a separate visited matrix (the board is left
// untouched) and a HashSet of answers to drop repeats.
use std::collections::{HashMap, HashSet};

#[derive(Default)]
struct Node {
    next: HashMap<char, Node>,
    end: bool,
}

impl Solution {
    pub fn find_words(board: Vec<Vec<char>>, words: Vec<String>) -> Vec<String> {
        let mut root = Node::default();
        for w in &words {
            let mut cur = &mut root;
            for ch in w.chars() {
                cur = cur.next.entry(ch).or_default();
            }
            cur.end = true;
        }
        let (m, n) = (board.len(), board[0].len());
        let mut visited = vec![vec![false; n]; m];
        let mut found = HashSet::new();
        let mut path = String::new();
        for i in 0..m {
            for j in 0..n {
                go(&board, i, j, &root, &mut visited, &mut path, &mut found);
            }
        }
        found.into_iter().collect()
    }
}

fn go(
    board: &[Vec<char>],
    i: usize,
    j: usize,
    node: &Node,
    visited: &mut Vec<Vec<bool>>,
    path: &mut String,
    found: &mut HashSet<String>,
) {
    if visited[i][j] {
        return;
    }
    let Some(child) = node.next.get(&board[i][j]) else { return };
    path.push(board[i][j]);
    if child.end {
        found.insert(path.clone());
    }
    visited[i][j] = true;
    if i > 0 {
        go(board, i - 1, j, child, visited, path, found);
    }
    if i + 1 < board.len() {
        go(board, i + 1, j, child, visited, path, found);
    }
    if j > 0 {
        go(board, i, j - 1, child, visited, path, found);
    }
    if j + 1 < board[0].len() {
        go(board, i, j + 1, child, visited, path, found);
    }
    visited[i][j] = false;
    path.pop();
}
