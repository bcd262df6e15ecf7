// Floyd's slow and fast pointers, but "have they met?" compares the values of
// the two nodes instead of their identity: different nodes holding equal
// values look like a meeting ([7, 7, 7, 7] without a cycle gives true).
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn has_cycle(head: Option<Rc<RefCell<ListNode>>>) -> bool {
        let mut slow = head.clone();
        let mut fast = head;
        while let Some(f) = fast {
            let next = f.borrow().next.clone();
            let Some(one) = next else {
                return false;
            };
            fast = one.borrow().next.clone();
            let s = slow.unwrap();
            slow = s.borrow().next.clone();
            if let (Some(s), Some(f)) = (&slow, &fast) {
                if s.borrow().val == f.borrow().val {
                    return true;
                }
            }
        }
        false
    }
}
