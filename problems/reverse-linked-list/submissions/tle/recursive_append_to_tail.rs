// Reverses the rest recursively, then walks to the end of the reversed rest to
// append the head: every level walks the whole tail, O(n^2) in total.
impl Solution {
    pub fn reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        match head {
            None => None,
            Some(mut node) => {
                let rest = node.next.take();
                let mut reversed = Self::reverse_list(rest);
                let mut tail = &mut reversed;
                while let Some(n) = tail {
                    tail = &mut n.next;
                }
                *tail = Some(node);
                reversed
            }
        }
    }
}
