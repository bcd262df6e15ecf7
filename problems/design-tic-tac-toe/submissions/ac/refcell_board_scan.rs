// Keeps LeetCode's `&self`: the board in a RefCell, and after each move a
// scan of the move's row, column and (when on them) both diagonals. O(n) per
// move.
use std::cell::RefCell;

struct TicTacToe {
    n: usize,
    board: RefCell<Vec<Vec<i32>>>,
}

/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl TicTacToe {
    fn new(n: i32) -> Self {
        let n = n as usize;
        TicTacToe { n, board: RefCell::new(vec![vec![0; n]; n]) }
    }

    fn make_a_move(&self, row: i32, col: i32, player: i32) -> i32 {
        let (r, c, n) = (row as usize, col as usize, self.n);
        let mut b = self.board.borrow_mut();
        b[r][c] = player;
        let row_won = (0..n).all(|j| b[r][j] == player);
        let col_won = (0..n).all(|i| b[i][c] == player);
        let diag_won = r == c && (0..n).all(|i| b[i][i] == player);
        let anti_won = r + c == n - 1 && (0..n).all(|i| b[i][n - 1 - i] == player);
        if row_won || col_won || diag_won || anti_won { player } else { 0 }
    }
}
