// Trie DFS that never clears a word once found: a word reachable along two
// paths (or from two starting cells) is reported more than once.
#[derive(Default)]
struct T {
    kids: [Option<Box<T>>; 26],
    word: Option<String>,
}

impl Solution {
    pub fn find_words(mut board: Vec<Vec<char>>, words: Vec<String>) -> Vec<String> {
        let mut root = T::default();
        for w in words {
            let mut t = &mut root;
            for b in w.bytes() {
                t = t.kids[(b - b'a') as usize].get_or_insert_with(Default::default);
            }
            t.word = Some(w);
        }
        let mut out = vec![];
        for i in 0..board.len() {
            for j in 0..board[0].len() {
                dfs(&mut board, i, j, &root, &mut out);
            }
        }
        out
    }
}

fn dfs(board: &mut Vec<Vec<char>>, i: usize, j: usize, t: &T, out: &mut Vec<String>) {
    let c = board[i][j];
    if c == '#' {
        return;
    }
    let Some(next) = &t.kids[(c as u8 - b'a') as usize] else { return };
    if let Some(w) = &next.word {
        out.push(w.clone());
    }
    board[i][j] = '#';
    if i > 0 {
        dfs(board, i - 1, j, next, out);
    }
    if j > 0 {
        dfs(board, i, j - 1, next, out);
    }
    if i + 1 < board.len() {
        dfs(board, i + 1, j, next, out);
    }
    if j + 1 < board[0].len() {
        dfs(board, i, j + 1, next, out);
    }
    board[i][j] = c;
}
