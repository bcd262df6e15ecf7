// The direct simulation: after each kept node, walk to the end of the list,
// detach the last node and insert it right there. Every step walks the rest
// of the list: O(n^2).
impl Solution {
    pub fn reorder_list(head: &mut Option<Box<ListNode>>) {
        let mut cur = head;
        loop {
            let node = match cur {
                Some(node) => node,
                None => return,
            };
            // Need at least two nodes after `node` for a move to change anything.
            if node.next.as_ref().is_none_or(|m| m.next.is_none()) {
                return;
            }
            let mut before_last = node.next.as_mut().unwrap();
            while before_last.next.as_ref().unwrap().next.is_some() {
                before_last = before_last.next.as_mut().unwrap();
            }
            let mut last = before_last.next.take().unwrap();
            last.next = node.next.take();
            node.next = Some(last);
            cur = &mut node.next.as_mut().unwrap().next;
        }
    }
}
