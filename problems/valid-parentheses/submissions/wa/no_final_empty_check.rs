// A correct stack, but at the end it returns true without checking that the stack
// is empty: openers that are never closed ("(()", "{}{}(") go unnoticed.
impl Solution {
    pub fn is_valid(s: String) -> bool {
        let mut stack = Vec::new();
        for c in s.chars() {
            match c {
                '(' | '[' | '{' => stack.push(c),
                _ => {
                    let want = match c {
                        ')' => '(',
                        ']' => '[',
                        _ => '{',
                    };
                    match stack.pop() {
                        Some(top) if top == want => {}
                        _ => return false,
                    }
                }
            }
        }
        true
    }
}
