// Pushes opening brackets and, on a closer, compares the popped opener with the
// partner expected for that closer (no early odd-length exit).
impl Solution {
    pub fn is_valid(s: String) -> bool {
        let mut stack: Vec<char> = Vec::new();
        for c in s.chars() {
            match c {
                '(' | '[' | '{' => stack.push(c),
                ')' => if stack.pop() != Some('(') { return false; },
                ']' => if stack.pop() != Some('[') { return false; },
                '}' => if stack.pop() != Some('{') { return false; },
                _ => return false,
            }
        }
        stack.is_empty()
    }
}
