// No dummy node: walks `left - 2` steps (at least 0) from the head to find the
// node before the range. When left = 1 there is no such node, so it reverses
// the range one position too far to the right (and unwraps None when right = n).
impl Solution {
    pub fn reverse_between(head: Option<Box<ListNode>>, left: i32, right: i32) -> Option<Box<ListNode>> {
        let mut head = head;
        let mut before = head.as_mut().unwrap();
        for _ in 0..(left - 2).max(0) {
            before = before.next.as_mut().unwrap();
        }
        let len = right - left + 1;
        let mut rest = before.next.take();
        let mut reversed: Option<Box<ListNode>> = None;
        for _ in 0..len {
            let mut node = rest.unwrap();
            rest = node.next.take();
            node.next = reversed;
            reversed = Some(node);
        }
        before.next = reversed;
        let mut tail = before;
        for _ in 0..len {
            tail = tail.next.as_mut().unwrap();
        }
        tail.next = rest;
        head
    }
}
