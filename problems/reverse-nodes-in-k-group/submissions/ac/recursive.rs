// Recursive: checks that k nodes are there, reverses them, and hangs the
// recursively processed rest after the group's new tail (n / k frames deep,
// 5000 when k = 1).
impl Solution {
    pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        let mut p = head.as_ref();
        for _ in 0..k {
            match p {
                Some(node) => p = node.next.as_ref(),
                None => return head,
            }
        }
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
        tail.next = Self::reverse_k_group(rest, k);
        group
    }
}
