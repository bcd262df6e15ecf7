// Uses the size bound: a cycle-free list of at most 10^4 nodes ends within
// 10^4 steps, so walk up to 10^4 + 1 times and check for the end each time.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn has_cycle(head: Option<Rc<RefCell<ListNode>>>) -> bool {
        let mut cur = head;
        for _ in 0..=10_000 {
            match cur {
                None => return false,
                Some(node) => {
                    let next = node.borrow().next.clone();
                    cur = next;
                }
            }
        }
        true
    }
}
