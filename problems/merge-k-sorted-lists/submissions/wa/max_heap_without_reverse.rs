// Heap of (value, list index) but without Reverse: BinaryHeap is a max-heap, so the
// largest head comes out first and the result is not sorted.
use std::collections::BinaryHeap;

impl Solution {
    pub fn merge_k_lists(mut lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        let mut heap = BinaryHeap::new();
        for (i, l) in lists.iter().enumerate() {
            if let Some(node) = l {
                heap.push((node.val, i));
            }
        }
        let mut dummy = ListNode::new(0);
        let mut tail = &mut dummy;
        while let Some((_, i)) = heap.pop() {
            let mut node = lists[i].take().unwrap();
            lists[i] = node.next.take();
            if let Some(n) = &lists[i] {
                heap.push((n.val, i));
            }
            tail.next = Some(node);
            tail = tail.next.as_mut().unwrap();
        }
        dummy.next
    }
}
