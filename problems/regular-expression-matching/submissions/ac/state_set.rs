// Thompson-style simulation: the set of pattern positions alive after each
// character of s, with x* positions closed under "skip".
impl Solution {
    pub fn is_match(s: String, p: String) -> bool {
        let p = p.as_bytes();
        let m = p.len();
        let starred = |j: usize| j + 1 < m && p[j + 1] == b'*';
        let close = |set: &mut Vec<bool>| {
            for j in 0..m {
                if set[j] && starred(j) {
                    set[j + 2] = true;
                }
            }
        };
        let mut cur = vec![false; m + 1];
        cur[0] = true;
        close(&mut cur);
        for &c in s.as_bytes() {
            let mut next = vec![false; m + 1];
            for j in 0..m {
                if cur[j] && p[j] != b'*' && (p[j] == b'.' || p[j] == c) {
                    if starred(j) {
                        next[j] = true;
                    } else {
                        next[j + 1] = true;
                    }
                }
            }
            close(&mut next);
            cur = next;
        }
        cur[m]
    }
}
