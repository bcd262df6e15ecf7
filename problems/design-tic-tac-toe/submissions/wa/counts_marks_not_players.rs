// Counts how many marks a line holds, without telling the players apart: a
// full line of mixed marks is reported as a win for whoever filled it.
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
        self.rows[row as usize] += 1;
        self.cols[col as usize] += 1;
        if row == col {
            self.diag += 1;
        }
        if row + col == self.n - 1 {
            self.anti += 1;
        }
        let t = self.n;
        if self.rows[row as usize] == t || self.cols[col as usize] == t || self.diag == t || self.anti == t {
            player
        } else {
            0
        }
    }
}
