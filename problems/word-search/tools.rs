use crate::tools::prelude::*;

const MAX_SIDE: usize = 6;
const MAX_LEN: usize = 15;

/// A word spelled by a random self-avoiding walk of up to `len` cells.
fn walk_word(board: &[Vec<char>], len: usize, g: &mut Gen) -> String {
    let (m, n) = (board.len(), board[0].len());
    let (mut i, mut j) = (g.usize(0, m - 1), g.usize(0, n - 1));
    let mut seen = vec![vec![false; n]; m];
    let mut out = String::new();
    loop {
        seen[i][j] = true;
        out.push(board[i][j]);
        if out.len() == len {
            return out;
        }
        let mut steps = Vec::new();
        if i > 0 && !seen[i - 1][j] {
            steps.push((i - 1, j));
        }
        if i + 1 < m && !seen[i + 1][j] {
            steps.push((i + 1, j));
        }
        if j > 0 && !seen[i][j - 1] {
            steps.push((i, j - 1));
        }
        if j + 1 < n && !seen[i][j + 1] {
            steps.push((i, j + 1));
        }
        if steps.is_empty() {
            return out;
        }
        (i, j) = *g.pick(&steps);
    }
}

fn board_json(board: &[Vec<char>]) -> Value {
    json!(board.iter().map(|row| row.iter().map(|c| c.to_string()).collect::<Vec<_>>()).collect::<Vec<_>>())
}

fn random_board(m: usize, n: usize, alphabet: &str, g: &mut Gen) -> Vec<Vec<char>> {
    let letters: Vec<char> = alphabet.chars().collect();
    (0..m).map(|_| (0..n).map(|_| *g.pick(&letters)).collect()).collect()
}

/// A board (at most 6 x 6) and a word of length `n` (clamped into 1..=15). Modes:
/// - "random": random board size over "abAB"; the word is a random walk on the board
///   (found) or, half of the time, the walk with one letter changed or its case flipped;
/// - "case": 6 x 6 board over "aA"; the word mixes 'a' and 'A' (case matters);
/// - "walk": 6 x 6 board over "abc"; the word is a random walk (always found);
/// - "dead-end": 6 x 6 board of 'a' with one 'b' in a corner walled in by two 'c's;
///   the word is "c" + 'a' * (n - 2) + "b": every letter is on the board, but no path
///   reaches the 'b' through a 'c' after the 'a's (false);
/// - "worst": 6 x 6 board of 'a' and the word 'a' * (n - 1) + "b": the 'b' is missing,
///   and a search without pruning walks every 'a' path of n - 1 cells (false).
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let len = n.clamp(1, MAX_LEN);
    let (board, word) = match mode {
        "worst" => {
            let board = vec![vec!['a'; MAX_SIDE]; MAX_SIDE];
            let word = if len == 1 { "b".to_string() } else { format!("{}b", "a".repeat(len - 1)) };
            (board, word)
        }
        "dead-end" => {
            let mut board = vec![vec!['a'; MAX_SIDE]; MAX_SIDE];
            board[0][0] = 'b';
            board[0][1] = 'c';
            board[1][0] = 'c';
            let word = format!("c{}b", "a".repeat(len.max(3) - 2));
            (board, word)
        }
        "case" => {
            let board = random_board(MAX_SIDE, MAX_SIDE, "aA", g);
            let word = if g.chance(0.5) { walk_word(&board, len, g) } else { g.string(len, "aA") };
            (board, word)
        }
        "walk" => {
            let board = random_board(MAX_SIDE, MAX_SIDE, "abc", g);
            let word = walk_word(&board, len, g);
            (board, word)
        }
        _ => {
            let (m, w) = (g.usize(1, MAX_SIDE), g.usize(1, MAX_SIDE));
            let board = random_board(m, w, "abAB", g);
            let mut word: Vec<char> = walk_word(&board, len, g).chars().collect();
            if g.chance(0.5) {
                let k = g.usize(0, word.len() - 1);
                word[k] = if g.chance(0.5) { *g.pick(&['a', 'b', 'A', 'B']) } else { word[k].to_ascii_uppercase() };
            }
            (board, word.into_iter().collect())
        }
    };
    vec![board_json(&board), json!(word)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    len_in(input.len(), 2, 2, "input (board, word)")?;
    let rows = array(&input[0], "board")?;
    len_in(rows.len(), 1, MAX_SIDE, "board (m, the rows)")?;
    let mut width = None;
    for (i, row) in rows.iter().enumerate() {
        let cells = array(row, &format!("board[{i}]"))?;
        len_in(cells.len(), 1, MAX_SIDE, &format!("board[{i}] (n, the columns)"))?;
        if *width.get_or_insert(cells.len()) != cells.len() {
            return Err(format!("board[{i}] has {} cells, board[0] has {}", cells.len(), width.unwrap_or(0)));
        }
        for (j, cell) in cells.iter().enumerate() {
            let s = string(cell, &format!("board[{i}][{j}]"))?;
            if s.len() != 1 || !s.bytes().all(|b| b.is_ascii_alphabetic()) {
                return Err(format!("board[{i}][{j}] = {s:?}: must be one English letter"));
            }
        }
    }
    let word = string(&input[1], "word")?;
    len_in(word.len(), 1, MAX_LEN, "word")?;
    if !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Err(format!("word = {word:?}: only lowercase and uppercase English letters are allowed"));
    }
    Ok(())
}
