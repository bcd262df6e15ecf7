// Sizes the diagonal tables n instead of 2n - 1: row + col reaches 2n - 2, so the
// search indexes past the end and panics (any n >= 2).
impl Solution {
    pub fn solve_n_queens(n: i32) -> Vec<Vec<String>> {
        let n = n as usize;
        fn go(
            n: usize,
            row: usize,
            cols: &mut Vec<bool>,
            d: &mut Vec<bool>,
            a: &mut Vec<bool>,
            q: &mut Vec<usize>,
            out: &mut Vec<Vec<String>>,
        ) {
            if row == n {
                out.push(q.iter().map(|&c| (0..n).map(|j| if j == c { 'Q' } else { '.' }).collect()).collect());
                return;
            }
            for c in 0..n {
                if cols[c] || d[row + c] || a[row + n - 1 - c] {
                    continue;
                }
                cols[c] = true;
                d[row + c] = true;
                a[row + n - 1 - c] = true;
                q.push(c);
                go(n, row + 1, cols, d, a, q, out);
                q.pop();
                cols[c] = false;
                d[row + c] = false;
                a[row + n - 1 - c] = false;
            }
        }
        let mut out = Vec::new();
        go(n, 0, &mut vec![false; n], &mut vec![false; n], &mut vec![false; n], &mut Vec::new(), &mut out);
        out
    }
}
