// valid-parentheses by counting each kind of bracket on its own: it never
// lets a count go negative and wants every count back at zero, but it does
// not see that kinds must nest ("([)]" passes).
impl Solution {
    pub fn is_valid(s: String) -> bool {
        let mut depth = [0i32; 3];
        for c in s.chars() {
            let (kind, step) = match c {
                '(' => (0, 1),
                ')' => (0, -1),
                '[' => (1, 1),
                ']' => (1, -1),
                '{' => (2, 1),
                _ => (2, -1),
            };
            depth[kind] += step;
            if depth[kind] < 0 {
                return false;
            }
        }
        depth == [0, 0, 0]
    }
}
