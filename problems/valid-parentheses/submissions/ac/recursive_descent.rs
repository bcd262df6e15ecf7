// Recursive descent: a group is an opener, any number of groups, then the matching
// closer. Recursion depth is the nesting depth (up to 5000 frames).
impl Solution {
    pub fn is_valid(s: String) -> bool {
        let b = s.as_bytes();
        let mut pos = 0;
        while pos < b.len() {
            if !Self::group(b, &mut pos) {
                return false;
            }
        }
        true
    }

    fn group(b: &[u8], pos: &mut usize) -> bool {
        let close = match b[*pos] {
            b'(' => b')',
            b'[' => b']',
            b'{' => b'}',
            _ => return false,
        };
        *pos += 1;
        loop {
            if *pos >= b.len() {
                return false;
            }
            if b[*pos] == close {
                *pos += 1;
                return true;
            }
            if !Self::group(b, pos) {
                return false;
            }
        }
    }
}
