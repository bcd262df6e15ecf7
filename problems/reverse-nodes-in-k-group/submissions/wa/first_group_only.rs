// Reverses the first k nodes and appends the rest unchanged: right when the
// list holds fewer than 2k nodes or k = 1, wrong as soon as there is a second
// full group.
impl Solution {
    pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        let mut rest = head;
        let mut group: Option<Box<ListNode>> = None;
        for _ in 0..k {
            let mut node = rest.unwrap();
            rest = node.next.take();
            node.next = group;
            group = Some(node);
        }
        let mut tail = group.as_mut().unwrap();
        while tail.next.is_some() {
            tail = tail.next.as_mut().unwrap();
        }
        tail.next = rest;
        group
    }
}
