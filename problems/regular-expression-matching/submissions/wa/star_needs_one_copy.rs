// Reads x* as "one or more x": the zero-copies case is missing, so "c*b" does
// not match "b".
impl Solution {
    pub fn is_match(s: String, p: String) -> bool {
        fn go(s: &[u8], p: &[u8]) -> bool {
            if p.is_empty() {
                return s.is_empty();
            }
            let first = !s.is_empty() && (p[0] == b'.' || p[0] == s[0]);
            if p.len() >= 2 && p[1] == b'*' {
                first && (go(&s[1..], p) || go(&s[1..], &p[2..]))
            } else {
                first && go(&s[1..], &p[1..])
            }
        }
        go(s.as_bytes(), p.as_bytes())
    }
}
