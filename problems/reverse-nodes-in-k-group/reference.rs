impl Solution {
    pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        let k = k as usize;
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        let mut rest = head;
        loop {
            // Does the rest still hold a full group?
            let mut count = 0;
            let mut p = rest.as_ref();
            while let Some(node) = p {
                count += 1;
                if count == k {
                    break;
                }
                p = node.next.as_ref();
            }
            if count < k {
                tail.next = rest;
                break;
            }
            // Detach k nodes, pushing each onto the front of the group.
            let mut group: Option<Box<ListNode>> = None;
            for _ in 0..k {
                let mut node = rest.unwrap();
                rest = node.next.take();
                node.next = group;
                group = Some(node);
            }
            tail.next = group;
            for _ in 0..k {
                tail = tail.next.as_mut().unwrap();
            }
        }
        dummy.next
    }
}
