// Correct but unpruned: puts one queen in every row in all n^n ways (387 million at
// n = 9) and only checks the columns and diagonals once the board is full.
impl Solution {
    pub fn solve_n_queens(n: i32) -> Vec<Vec<String>> {
        fn valid(q: &[usize]) -> bool {
            for i in 0..q.len() {
                for j in i + 1..q.len() {
                    if q[i] == q[j] || j - i == q[i].abs_diff(q[j]) {
                        return false;
                    }
                }
            }
            true
        }
        fn go(n: usize, q: &mut Vec<usize>, out: &mut Vec<Vec<String>>) {
            if q.len() == n {
                if valid(q) {
                    out.push(q.iter().map(|&c| (0..n).map(|j| if j == c { 'Q' } else { '.' }).collect()).collect());
                }
                return;
            }
            for c in 0..n {
                q.push(c);
                go(n, q, out);
                q.pop();
            }
        }
        let mut out = Vec::new();
        go(n as usize, &mut Vec::new(), &mut out);
        out
    }
}
