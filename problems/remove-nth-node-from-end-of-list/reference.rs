impl Solution {
    pub fn remove_nth_from_end(head: Option<Box<ListNode>>, n: i32) -> Option<Box<ListNode>> {
        let mut head = head;
        let mut len = 0;
        let mut p = head.as_ref();
        while let Some(node) = p {
            len += 1;
            p = node.next.as_ref();
        }
        // The link that points at the node to remove.
        let mut link = &mut head;
        for _ in 0..len - n as usize {
            link = &mut link.as_mut().unwrap().next;
        }
        let removed = link.take().unwrap();
        *link = removed.next;
        head
    }
}
