// Walks to the node BEFORE the one to remove (len - n - 1 steps) and unlinks its
// successor. When the head itself must go (n == len) the step count is -1, the loop
// does nothing, and the second node is removed instead.
impl Solution {
    pub fn remove_nth_from_end(head: Option<Box<ListNode>>, n: i32) -> Option<Box<ListNode>> {
        let mut len = 0;
        let mut p = &head;
        while let Some(node) = p {
            len += 1;
            p = &node.next;
        }
        if len == 1 {
            return None;
        }
        let mut head = head;
        let mut cur = head.as_mut().unwrap();
        for _ in 0..len - n - 1 {
            cur = cur.next.as_mut().unwrap();
        }
        let target = cur.next.take();
        cur.next = target.and_then(|t| t.next);
        head
    }
}
