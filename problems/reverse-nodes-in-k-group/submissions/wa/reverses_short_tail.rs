// Reverses every group, including a trailing group with fewer than k nodes,
// which must keep its order: [1, 2, 3, 4, 5], k = 3 gives [3, 2, 1, 5, 4]
// instead of [3, 2, 1, 4, 5] (a 1-node tail hides the bug).
impl Solution {
    pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        let k = k as usize;
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        let mut rest = head;
        while rest.is_some() {
            let mut group: Option<Box<ListNode>> = None;
            let mut taken = 0;
            while taken < k {
                let Some(mut node) = rest else { break };
                rest = node.next.take();
                node.next = group;
                group = Some(node);
                taken += 1;
            }
            tail.next = group;
            while tail.next.is_some() {
                tail = tail.next.as_mut().unwrap();
            }
        }
        dummy.next
    }
}
