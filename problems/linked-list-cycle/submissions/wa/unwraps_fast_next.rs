// Moves the fast pointer two steps but only checks that `fast` itself exists,
// unwrapping `fast.next`: when a cycle-free list has an odd number of nodes,
// fast lands on the last node and the unwrap panics.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn has_cycle(head: Option<Rc<RefCell<ListNode>>>) -> bool {
        let mut slow = head.clone();
        let mut fast = head;
        while let Some(f) = fast {
            let one = f.borrow().next.clone().unwrap();
            fast = one.borrow().next.clone();
            let s = slow.unwrap();
            slow = s.borrow().next.clone();
            if let (Some(s), Some(f)) = (&slow, &fast) {
                if Rc::ptr_eq(s, f) {
                    return true;
                }
            }
        }
        false
    }
}
