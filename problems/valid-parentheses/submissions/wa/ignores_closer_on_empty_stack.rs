// Only checks a closing bracket when something is open (`if let Some(top) = stack.pop()`):
// a closer that arrives with an empty stack is silently skipped, so "[()]]" passes.
impl Solution {
    pub fn is_valid(s: String) -> bool {
        let mut stack: Vec<char> = vec![];
        for ch in s.chars() {
            if ch == '(' || ch == '[' || ch == '{' {
                stack.push(ch);
            } else if let Some(top) = stack.pop() {
                let ok = (top == '(' && ch == ')') || (top == '[' && ch == ']') || (top == '{' && ch == '}');
                if !ok {
                    return false;
                }
            }
        }
        stack.is_empty()
    }
}
