// Reverses positions left..right with `right` exclusive (one node too few):
// the node at position `right` stays where it was, and left == right - 1 changes
// nothing.
impl Solution {
    pub fn reverse_between(head: Option<Box<ListNode>>, left: i32, right: i32) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode { val: 0, next: head });
        let mut before = &mut dummy;
        for _ in 1..left {
            before = before.next.as_mut().unwrap();
        }
        let mut rest = before.next.take();
        let mut reversed: Option<Box<ListNode>> = None;
        let mut count = 0;
        for _ in left..right {
            let mut node = rest.unwrap();
            rest = node.next.take();
            node.next = reversed;
            reversed = Some(node);
            count += 1;
        }
        before.next = reversed;
        let mut tail = before;
        for _ in 0..count {
            tail = tail.next.as_mut().unwrap();
        }
        tail.next = rest;
        dummy.next
    }
}
