// Detaches every node into a VecDeque, then relinks them taking alternately
// from the front and from the back: O(n) extra space instead of O(1).
use std::collections::VecDeque;

impl Solution {
    pub fn reorder_list(head: &mut Option<Box<ListNode>>) {
        let mut nodes: VecDeque<Box<ListNode>> = VecDeque::new();
        let mut cur = head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            nodes.push_back(node);
        }
        let mut tail = head;
        let mut front = true;
        loop {
            let next = if front { nodes.pop_front() } else { nodes.pop_back() };
            match next {
                None => break,
                Some(node) => {
                    *tail = Some(node);
                    tail = &mut tail.as_mut().unwrap().next;
                }
            }
            front = !front;
        }
    }
}
