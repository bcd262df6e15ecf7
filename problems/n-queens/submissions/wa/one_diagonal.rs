// Checks columns and the "\" diagonals (row - col) but forgets the "/" diagonals
// (row + col): boards with two queens on an anti-diagonal are reported too.
impl Solution {
    pub fn solve_n_queens(n: i32) -> Vec<Vec<String>> {
        fn ok(q: &[usize], c: usize) -> bool {
            let r = q.len();
            q.iter().enumerate().all(|(i, &qc)| qc != c && (r as i32 - i as i32) != (c as i32 - qc as i32))
        }
        fn go(n: usize, q: &mut Vec<usize>, out: &mut Vec<Vec<String>>) {
            if q.len() == n {
                out.push(q.iter().map(|&c| (0..n).map(|j| if j == c { 'Q' } else { '.' }).collect()).collect());
                return;
            }
            for c in 0..n {
                if ok(q, c) {
                    q.push(c);
                    go(n, q, out);
                    q.pop();
                }
            }
        }
        let mut out = Vec::new();
        go(n as usize, &mut Vec::new(), &mut out);
        out
    }
}
