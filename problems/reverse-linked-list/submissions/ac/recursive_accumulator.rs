// Recursive: moves the head onto an accumulator and recurses on the rest
// (5000 frames deep at the maximum size).
impl Solution {
    pub fn reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        Self::go(head, None)
    }

    fn go(cur: Option<Box<ListNode>>, acc: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        match cur {
            None => acc,
            Some(mut node) => {
                let rest = node.next.take();
                node.next = acc;
                Self::go(rest, Some(node))
            }
        }
    }
}
