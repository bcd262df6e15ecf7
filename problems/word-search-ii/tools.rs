use crate::tools::prelude::*;
use std::collections::HashSet;

const MAX_SIDE: usize = 12;
const MAX_WORDS: usize = 30_000;
const MAX_LEN: usize = 10;
const LETTERS: &str = "abcdefghijklmnopqrstuvwxyz";

/// A word spelled by a random self-avoiding walk of up to `len` cells (shorter
/// if the walk gets stuck).
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

/// A board and `n` distinct words (1 <= n <= 3 * 10^4). Modes:
/// - "random": 12 x 12 board of random letters; half the words are spelled by
///   random walks on it (found), half are random strings (mostly not found);
/// - "abc": 12 x 12 board over "abc", random distinct words over "abc" (many found,
///   many prefixes followed deep);
/// - "thin": a 12 x 1 board over "ab" and words over "ab" of length 1..=10;
/// - "worst": a 12 x 12 board of 'a' only. The words are "a" .. "aaaaaaaaaa" (all
///   found, from anywhere) and words made of a run of 'a's followed by other
///   letters, longest runs first ("aaaaaaaaa" + one letter, "aaaaaaaa" + two, ...):
///   none is found, and the runs keep every 'a' path up to 9 cells alive in a trie,
///   so a search cannot stop early; a word-by-word search walks ~10^5..10^6 paths
///   per word.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_WORDS);
    let mut set: HashSet<String> = HashSet::new();
    let mut words: Vec<String> = Vec::new();
    let mut push = |w: String, words: &mut Vec<String>| {
        if words.len() < n && set.insert(w.clone()) {
            words.push(w);
        }
    };
    let board: Vec<Vec<char>> = match mode {
        "worst" => {
            let board = vec![vec!['a'; MAX_SIDE]; MAX_SIDE];
            for k in 1..=MAX_LEN {
                push("a".repeat(k), &mut words);
            }
            let others = &LETTERS[1..];
            let mut run = MAX_LEN - 1;
            let mut tries = 0;
            while words.len() < n && run >= 1 {
                let tail = g.string(MAX_LEN - run, others);
                let before = words.len();
                push(format!("{}{tail}", "a".repeat(run)), &mut words);
                tries = if words.len() == before { tries + 1 } else { 0 };
                // 25^(10 - run) tails exist; move on to a shorter run once most are taken.
                if tries > 50 {
                    run -= 1;
                    tries = 0;
                }
            }
            board
        }
        "thin" => {
            let board: Vec<Vec<char>> = (0..MAX_SIDE).map(|_| vec![*g.pick(&['a', 'b'])]).collect();
            let mut attempts = 0;
            while words.len() < n && attempts < 50_000 {
                let len = g.usize(1, MAX_LEN);
                let w = if g.chance(0.5) { walk_word(&board, len, g) } else { g.string(len, "ab") };
                push(w, &mut words);
                attempts += 1;
            }
            board
        }
        "abc" => {
            let board: Vec<Vec<char>> =
                (0..MAX_SIDE).map(|_| (0..MAX_SIDE).map(|_| *g.pick(&['a', 'b', 'c'])).collect()).collect();
            while words.len() < n {
                let len = g.usize(1, MAX_LEN);
                let w = g.string(len, "abc");
                push(w, &mut words);
            }
            board
        }
        _ => {
            let letters: Vec<char> = LETTERS.chars().collect();
            let board: Vec<Vec<char>> =
                (0..MAX_SIDE).map(|_| (0..MAX_SIDE).map(|_| *g.pick(&letters)).collect()).collect();
            while words.len() < n {
                let len = g.usize(1, MAX_LEN);
                let w = if g.chance(0.5) { walk_word(&board, len, g) } else { g.string(len, LETTERS) };
                push(w, &mut words);
            }
            board
        }
    };
    g.shuffle(&mut words);
    vec![board_json(&board), json!(words)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    len_in(input.len(), 2, 2, "input (board, words)")?;
    let rows = array(&input[0], "board")?;
    len_in(rows.len(), 1, MAX_SIDE, "board (rows)")?;
    let mut width = None;
    for (i, row) in rows.iter().enumerate() {
        let cells = array(row, &format!("board[{i}]"))?;
        len_in(cells.len(), 1, MAX_SIDE, &format!("board[{i}]"))?;
        if *width.get_or_insert(cells.len()) != cells.len() {
            return Err(format!("board[{i}] has {} cells, board[0] has {}", cells.len(), width.unwrap_or(0)));
        }
        for (j, cell) in cells.iter().enumerate() {
            let s = string(cell, &format!("board[{i}][{j}]"))?;
            if s.len() != 1 || !s.bytes().all(|b| b.is_ascii_lowercase()) {
                return Err(format!("board[{i}][{j}] = {s:?}: must be one lowercase letter"));
            }
        }
    }
    let words = array(&input[1], "words")?;
    len_in(words.len(), 1, MAX_WORDS, "words")?;
    let mut seen = HashSet::with_capacity(words.len());
    for (k, w) in words.iter().enumerate() {
        let what = format!("words[{k}]");
        let w = string(w, &what)?;
        len_in(w.len(), 1, MAX_LEN, &what)?;
        if !w.bytes().all(|b| b.is_ascii_lowercase()) {
            return Err(format!("{what} = {w:?}: only lowercase English letters are allowed"));
        }
        if !seen.insert(w) {
            return Err(format!("{what} = {w:?} appears more than once (words must be unique)"));
        }
    }
    Ok(())
}
