use crate::tools::prelude::*;

const MAX_N: usize = 100;

/// Line counters for a game in progress: `winner` tells whether the last
/// move completed a line for its player.
struct Board {
    n: usize,
    rows: Vec<[usize; 2]>,
    cols: Vec<[usize; 2]>,
    diag: [usize; 2],
    anti: [usize; 2],
}

impl Board {
    fn new(n: usize) -> Self {
        Board { n, rows: vec![[0; 2]; n], cols: vec![[0; 2]; n], diag: [0; 2], anti: [0; 2] }
    }

    /// Plays `player` (1 or 2) at (r, c); true if that wins.
    fn play(&mut self, r: usize, c: usize, player: usize) -> bool {
        let p = player - 1;
        self.rows[r][p] += 1;
        self.cols[c][p] += 1;
        if r == c {
            self.diag[p] += 1;
        }
        if r + c == self.n - 1 {
            self.anti[p] += 1;
        }
        let n = self.n;
        self.rows[r][p] == n || self.cols[c][p] == n || (r == c && self.diag[p] == n) || (r + c == n - 1 && self.anti[p] == n)
    }
}

/// The cells of the line named by `mode` ("row", "col", "diag", "anti").
fn line(mode: &str, n: usize, g: &mut Gen) -> Vec<(usize, usize)> {
    let k = g.usize(0, n - 1);
    (0..n)
        .map(|i| match mode {
            "row" => (k, i),
            "col" => (i, k),
            "diag" => (i, i),
            _ => (i, n - 1 - i),
        })
        .collect()
}

/// A game on an `n` x `n` board (`n` is the board size, clamped to 2..=100;
/// up to n^2 moves). Players alternate (either may start) and the game ends at
/// the first win. Modes:
/// - "random": cells in random order until someone wins or the board is full;
/// - "row", "col", "diag", "anti": the winner completes that kind of line with
///   the last move, after a third of the board was filled at random (any
///   earlier accidental win ends the game there);
/// - "worst": n rounded down to a multiple of 4 (at least 4), the whole board
///   filled in random order in a pattern where no line is ever complete:
///   n^2 moves, no winner.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let mut n = n.clamp(2, MAX_N);
    let first = g.usize(1, 2);
    let other = 3 - first;
    let mut order: Vec<(usize, usize, usize)> = Vec::new(); // (row, col, player)
    match mode {
        "row" | "col" | "diag" | "anti" => {
            let winner = g.usize(1, 2);
            let target = line(mode, n, g);
            let mut rest: Vec<(usize, usize)> =
                (0..n * n).map(|i| (i / n, i % n)).filter(|cell| !target.contains(cell)).collect();
            g.shuffle(&mut rest);
            let filler = (n * n - n) / 3;
            // The winner's moves: filler cells, then the line; the loser's: filler cells.
            let mut mine: Vec<(usize, usize)> = rest[..filler / 2].to_vec();
            mine.extend(&target);
            let theirs: Vec<(usize, usize)> = rest[filler / 2..].to_vec();
            let (mut a, mut b) = (mine.into_iter(), theirs.into_iter());
            let mut turn = first;
            loop {
                let next = if turn == winner { a.next() } else { b.next() };
                let Some((r, c)) = next else { break };
                order.push((r, c, turn));
                turn = 3 - turn;
            }
        }
        "worst" => {
            n = (n - n % 4).max(4);
            let owner = |r: usize, c: usize| if (c + 2 * r) % 4 < 2 { first } else { other };
            let mut ones: Vec<(usize, usize)> = Vec::new();
            let mut twos: Vec<(usize, usize)> = Vec::new();
            for r in 0..n {
                for c in 0..n {
                    if owner(r, c) == first {
                        ones.push((r, c));
                    } else {
                        twos.push((r, c));
                    }
                }
            }
            g.shuffle(&mut ones);
            g.shuffle(&mut twos);
            for (x, y) in ones.into_iter().zip(twos) {
                order.push((x.0, x.1, first));
                order.push((y.0, y.1, other));
            }
        }
        _ => {
            let mut cells: Vec<(usize, usize)> = (0..n * n).map(|i| (i / n, i % n)).collect();
            g.shuffle(&mut cells);
            let mut turn = first;
            for (r, c) in cells {
                order.push((r, c, turn));
                turn = 3 - turn;
            }
        }
    }
    let mut board = Board::new(n);
    let mut names = vec![json!("TicTacToe")];
    let mut args = vec![json!([n])];
    for (r, c, p) in order {
        names.push(json!("makeAMove"));
        args.push(json!([r, c, p]));
        if board.play(r, c, p) {
            break;
        }
    }
    vec![Value::Array(names), Value::Array(args)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    len_in(input.len(), 2, 2, "input (method names, arguments)")?;
    let names = array(&input[0], "method names")?;
    let args = array(&input[1], "arguments")?;
    if names.len() != args.len() {
        return Err(format!("{} method names but {} argument lists", names.len(), args.len()));
    }
    len_in(names.len(), 1, MAX_N * MAX_N + 1, "method names")?;
    let first = string(&names[0], "method names[0]")?;
    if first != "TicTacToe" {
        return Err(format!("the first call must be the constructor TicTacToe, got {first}"));
    }
    let ctor = array(&args[0], "arguments[0]")?;
    len_in(ctor.len(), 1, 1, "arguments[0] (constructor)")?;
    let n = int_in(&ctor[0], 2, MAX_N as i64, "n")? as usize;
    len_in(names.len() - 1, 0, n * n, "moves (at most n^2)")?;
    let mut board = Board::new(n);
    let mut taken = vec![false; n * n];
    let mut last_player = 0;
    let mut over = false;
    for (i, (name, arg)) in names.iter().zip(args).enumerate().skip(1) {
        let name = string(name, &format!("method names[{i}]"))?;
        if name != "move" && name != "makeAMove" && name != "make_a_move" {
            return Err(format!("method names[{i}] = {name:?}: expected move"));
        }
        let what = format!("arguments[{i}] (move)");
        let arg = array(arg, &what)?;
        len_in(arg.len(), 3, 3, &what)?;
        let r = int_in(&arg[0], 0, n as i64 - 1, &format!("{what} row"))? as usize;
        let c = int_in(&arg[1], 0, n as i64 - 1, &format!("{what} col"))? as usize;
        let p = int_in(&arg[2], 1, 2, &format!("{what} player"))? as usize;
        if over {
            return Err(format!("call {i}: a move after the game was won"));
        }
        if taken[r * n + c] {
            return Err(format!("call {i}: cell ({r}, {c}) is already taken"));
        }
        if p == last_player {
            return Err(format!("call {i}: player {p} moves twice in a row (players alternate)"));
        }
        taken[r * n + c] = true;
        last_player = p;
        over = board.play(r, c, p);
    }
    Ok(())
}
