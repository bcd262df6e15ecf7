/// Per row, column and diagonal a running balance: +1 for each mark of
/// player 1, -1 for player 2. A line is won when its balance reaches +-n.
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
        let (r, c) = (row as usize, col as usize);
        self.rows[r] += d;
        self.cols[c] += d;
        if row == col {
            self.diag += d;
        }
        if row + col == self.n - 1 {
            self.anti += d;
        }
        let target = d * self.n;
        if self.rows[r] == target || self.cols[c] == target || self.diag == target || self.anti == target {
            player
        } else {
            0
        }
    }
}
