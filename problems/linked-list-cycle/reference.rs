use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn has_cycle(head: Option<Rc<RefCell<ListNode>>>) -> bool {
        let Some(mut slow) = head else {
            return false;
        };
        let mut fast = slow.clone();
        loop {
            let next = fast.borrow().next.clone();
            let Some(one) = next else {
                return false;
            };
            let next = one.borrow().next.clone();
            let Some(two) = next else {
                return false;
            };
            fast = two;
            let next = slow.borrow().next.clone();
            slow = next.unwrap();
            if Rc::ptr_eq(&slow, &fast) {
                return true;
            }
        }
    }
}
