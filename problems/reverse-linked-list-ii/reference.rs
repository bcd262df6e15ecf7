impl Solution {
    pub fn reverse_between(head: Option<Box<ListNode>>, left: i32, right: i32) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode { val: 0, next: head });
        // The node just before position `left` (the dummy when left = 1).
        let mut before = &mut dummy;
        for _ in 1..left {
            before = before.next.as_mut().unwrap();
        }
        let mut rest = before.next.take();
        let mut reversed: Option<Box<ListNode>> = None;
        for _ in left..=right {
            let mut node = rest.unwrap();
            rest = node.next.take();
            node.next = reversed;
            reversed = Some(node);
        }
        before.next = reversed;
        let mut tail = before;
        for _ in left..=right {
            tail = tail.next.as_mut().unwrap();
        }
        tail.next = rest;
        dummy.next
    }
}
