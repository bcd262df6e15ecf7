// For every output node, scans all k heads for the smallest one: correct, but
// O(N * k), 10^8 steps with 10^4 single-node lists.
impl Solution {
    pub fn merge_k_lists(mut lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        loop {
            let mut best: Option<usize> = None;
            for i in 0..lists.len() {
                if let Some(node) = &lists[i] {
                    if best.is_none() || node.val < lists[best.unwrap()].as_ref().unwrap().val {
                        best = Some(i);
                    }
                }
            }
            let Some(i) = best else { break };
            let mut node = lists[i].take().unwrap();
            lists[i] = node.next.take();
            tail.next = Some(node);
            tail = tail.next.as_mut().unwrap();
        }
        dummy.next
    }
}
