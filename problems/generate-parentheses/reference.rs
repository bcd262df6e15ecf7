impl Solution {
    pub fn generate_parenthesis(n: i32) -> Vec<String> {
        fn go(open: usize, close: usize, n: usize, cur: &mut String, out: &mut Vec<String>) {
            if cur.len() == 2 * n {
                out.push(cur.clone());
                return;
            }
            if open < n {
                cur.push('(');
                go(open + 1, close, n, cur, out);
                cur.pop();
            }
            if close < open {
                cur.push(')');
                go(open, close + 1, n, cur, out);
                cur.pop();
            }
        }
        let n = n as usize;
        let mut out = Vec::new();
        go(0, 0, n, &mut String::with_capacity(2 * n), &mut out);
        out
    }
}
