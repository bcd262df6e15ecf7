// For the i-th node, walks i steps from the head to see whether its successor
// is one of the nodes already passed: O(n^2) pointer chasing.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn has_cycle(head: Option<Rc<RefCell<ListNode>>>) -> bool {
        let mut cur = head.clone();
        let mut i = 0usize;
        while let Some(node) = cur {
            let next = node.borrow().next.clone();
            let Some(next) = next else {
                return false;
            };
            let mut p = head.clone().unwrap();
            for _ in 0..=i {
                if Rc::ptr_eq(&p, &next) {
                    return true;
                }
                let q = p.borrow().next.clone().unwrap();
                p = q;
            }
            cur = Some(next);
            i += 1;
        }
        false
    }
}
