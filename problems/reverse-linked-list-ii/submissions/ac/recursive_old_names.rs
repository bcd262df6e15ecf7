// Recursive, with the parameter names m and n of the older LeetCode template:
// keeps the head and recurses with both positions shifted until m = 1, then
// detaches the first n nodes into a Vec and relinks them in reverse order in
// front of the rest.
impl Solution {
    pub fn reverse_between(head: Option<Box<ListNode>>, m: i32, n: i32) -> Option<Box<ListNode>> {
        let mut head = head;
        if m > 1 {
            let mut node = head.unwrap();
            node.next = Self::reverse_between(node.next.take(), m - 1, n - 1);
            return Some(node);
        }
        let mut nodes = Vec::new();
        for _ in 0..n {
            let mut node = head.unwrap();
            head = node.next.take();
            nodes.push(node);
        }
        let mut out = head;
        for mut node in nodes {
            node.next = out;
            out = Some(node);
        }
        out
    }
}
