impl Solution {
    pub fn solve_n_queens(n: i32) -> Vec<Vec<String>> {
        struct Search {
            n: usize,
            cols: Vec<bool>,
            diag: Vec<bool>,   // row + col
            anti: Vec<bool>,   // row + n - 1 - col
            queen: Vec<usize>, // queen[row] = its column
            out: Vec<Vec<String>>,
        }
        impl Search {
            fn go(&mut self, row: usize) {
                let n = self.n;
                if row == n {
                    let board =
                        self.queen.iter().map(|&c| (0..n).map(|j| if j == c { 'Q' } else { '.' }).collect()).collect();
                    self.out.push(board);
                    return;
                }
                for c in 0..n {
                    let (d, a) = (row + c, row + n - 1 - c);
                    if self.cols[c] || self.diag[d] || self.anti[a] {
                        continue;
                    }
                    self.cols[c] = true;
                    self.diag[d] = true;
                    self.anti[a] = true;
                    self.queen.push(c);
                    self.go(row + 1);
                    self.queen.pop();
                    self.cols[c] = false;
                    self.diag[d] = false;
                    self.anti[a] = false;
                }
            }
        }
        let n = n as usize;
        let mut s = Search {
            n,
            cols: vec![false; n],
            diag: vec![false; 2 * n - 1],
            anti: vec![false; 2 * n - 1],
            queen: Vec::with_capacity(n),
            out: Vec::new(),
        };
        s.go(0);
        s.out
    }
}
