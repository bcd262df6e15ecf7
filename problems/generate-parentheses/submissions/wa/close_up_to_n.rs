// Allows ')' whenever fewer than n have been placed (should be: fewer than the '(' so
// far): unbalanced strings such as ")(" are produced.
impl Solution {
    pub fn generate_parenthesis(n: i32) -> Vec<String> {
        fn go(open: i32, close: i32, n: i32, cur: &mut String, out: &mut Vec<String>) {
            if open == n && close == n {
                out.push(cur.clone());
                return;
            }
            if open < n {
                cur.push('(');
                go(open + 1, close, n, cur, out);
                cur.pop();
            }
            if close < n {
                cur.push(')');
                go(open, close + 1, n, cur, out);
                cur.pop();
            }
        }
        let mut out = Vec::new();
        go(0, 0, n, &mut String::new(), &mut out);
        out
    }
}
