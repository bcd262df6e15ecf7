// Splits off the second half, reverses it, and interleaves the two halves
// with a recursion that swaps its arguments at each level (n frames deep).
impl Solution {
    pub fn reorder_list(head: &mut Option<Box<ListNode>>) {
        let mut len = 0;
        let mut p = head.as_ref();
        while let Some(node) = p {
            len += 1;
            p = node.next.as_ref();
        }
        if len < 2 {
            return;
        }
        let mut cur = head.as_mut().unwrap();
        for _ in 1..(len + 1) / 2 {
            cur = cur.next.as_mut().unwrap();
        }
        let second = cur.next.take();
        let reversed = Self::reverse(second, None);
        let first = head.take();
        *head = Self::interleave(first, reversed);
    }

    fn reverse(list: Option<Box<ListNode>>, acc: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        match list {
            None => acc,
            Some(mut node) => {
                let rest = node.next.take();
                node.next = acc;
                Self::reverse(rest, Some(node))
            }
        }
    }

    fn interleave(a: Option<Box<ListNode>>, b: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        match a {
            None => b,
            Some(mut node) => {
                let rest = node.next.take();
                node.next = Self::interleave(b, rest);
                Some(node)
            }
        }
    }
}
