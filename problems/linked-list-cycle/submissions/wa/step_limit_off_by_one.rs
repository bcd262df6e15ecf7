// "A list has at most 10^4 nodes, so walk 10^4 steps: if we never fell off the
// end, there is a cycle." One step short: on a cycle-free list of exactly 10^4
// nodes the walk reaches the end on its last step, and the loop exits without
// looking, so it answers true.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn has_cycle(head: Option<Rc<RefCell<ListNode>>>) -> bool {
        let mut cur = head;
        for _ in 0..10_000 {
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
