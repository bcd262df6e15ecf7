// Keeps one open-counter per kind of bracket and only checks that no counter goes
// negative and all end at zero: the order of different kinds is never checked, so
// crossing pairs like "{[}]" are accepted.
impl Solution {
    pub fn is_valid(s: String) -> bool {
        let mut open = [0i32; 3];
        for c in s.chars() {
            let (kind, delta) = match c {
                '(' => (0, 1),
                ')' => (0, -1),
                '[' => (1, 1),
                ']' => (1, -1),
                '{' => (2, 1),
                _ => (2, -1),
            };
            open[kind] += delta;
            if open[kind] < 0 {
                return false;
            }
        }
        open == [0, 0, 0]
    }
}
