// Puts a cell on the anti-diagonal when row + col == n (instead of n - 1).
struct TicTacToe {
    n: i32,
    rows: Vec<i32>,
    cols: Vec<i32>,
    diag: i32,
    anti: i32,
}

impl TicTacToe {
    fn new(n: i32) -> Self {
        TicTacToe { n, rows: vec![0; n as usize], cols: vec![0; n as usize], diag: 0, anti: 0 }
    }

    fn make_a_move(&mut self, row: i32, col: i32, player: i32) -> i32 {
        let d = if player == 1 { 1 } else { -1 };
        self.rows[row as usize] += d;
        self.cols[col as usize] += d;
        if row == col {
            self.diag += d;
        }
        if row + col == self.n {
            self.anti += d;
        }
        let t = d * self.n;
        if self.rows[row as usize] == t || self.cols[col as usize] == t || self.diag == t || self.anti == t {
            player
        } else {
            0
        }
    }
}
