// Tests whether slow and fast point at the same node before moving them; both
// start at the head, so every non-empty list "has a cycle".
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn has_cycle(head: Option<Rc<RefCell<ListNode>>>) -> bool {
        let mut slow = head.clone();
        let mut fast = head;
        while let (Some(s), Some(f)) = (slow.clone(), fast.clone()) {
            if Rc::ptr_eq(&s, &f) {
                return true;
            }
            slow = s.borrow().next.clone();
            let one = f.borrow().next.clone();
            fast = match one {
                Some(one) => one.borrow().next.clone(),
                None => None,
            };
        }
        false
    }
}
