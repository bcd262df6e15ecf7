// Loops only while the current node has a successor, so the original last
// node (the new head) is never moved over and gets dropped: [1, 2, 3] -> [2, 1].
impl Solution {
    pub fn reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut prev: Option<Box<ListNode>> = None;
        let mut cur = head;
        while cur.as_ref().is_some_and(|n| n.next.is_some()) {
            let mut node = cur.unwrap();
            cur = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        prev
    }
}
