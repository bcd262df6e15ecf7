impl Solution {
    pub fn reorder_list(head: &mut Option<Box<ListNode>>) {
        let mut n = 0;
        let mut p = head.as_ref();
        while let Some(node) = p {
            n += 1;
            p = node.next.as_ref();
        }
        if n < 3 {
            return;
        }
        // The first half keeps ceil(n/2) nodes; cut the rest off.
        let mut cur = head.as_mut().unwrap();
        for _ in 0..(n + 1) / 2 - 1 {
            cur = cur.next.as_mut().unwrap();
        }
        let mut second = cur.next.take();
        // Reverse the second half.
        let mut rev: Option<Box<ListNode>> = None;
        while let Some(mut node) = second {
            second = node.next.take();
            node.next = rev;
            rev = Some(node);
        }
        // Splice the reversed half in, one node after each node of the first half.
        let mut cur = head.as_mut();
        while let Some(node) = cur {
            match rev {
                None => break,
                Some(mut b) => {
                    rev = b.next.take();
                    b.next = node.next.take();
                    node.next = Some(b);
                    cur = node.next.as_mut().unwrap().next.as_mut();
                }
            }
        }
    }
}
