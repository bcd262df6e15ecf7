use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn merge_k_lists(lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        let mut lists = lists;
        // Min-heap of (value at the head of list i, i).
        let mut heap = BinaryHeap::with_capacity(lists.len());
        for (i, list) in lists.iter().enumerate() {
            if let Some(node) = list {
                heap.push(Reverse((node.val, i)));
            }
        }
        let mut head: Option<Box<ListNode>> = None;
        let mut tail = &mut head;
        while let Some(Reverse((_, i))) = heap.pop() {
            let mut node = lists[i].take().unwrap();
            lists[i] = node.next.take();
            if let Some(next) = &lists[i] {
                heap.push(Reverse((next.val, i)));
            }
            tail = &mut tail.insert(node).next;
        }
        head
    }
}
