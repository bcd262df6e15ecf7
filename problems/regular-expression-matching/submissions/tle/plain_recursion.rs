// The textbook recursion without a memo: correct, but exponential when many
// x* can share the same run of characters and the match fails at the end.
impl Solution {
    pub fn is_match(s: String, p: String) -> bool {
        fn go(s: &[u8], p: &[u8]) -> bool {
            if p.is_empty() {
                return s.is_empty();
            }
            let first = !s.is_empty() && (p[0] == b'.' || p[0] == s[0]);
            if p.len() >= 2 && p[1] == b'*' {
                go(s, &p[2..]) || (first && go(&s[1..], p))
            } else {
                first && go(&s[1..], &p[1..])
            }
        }
        go(s.as_bytes(), p.as_bytes())
    }
}
