// Records the address of every visited node in a HashSet; seeing one twice
// means a cycle.
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

impl Solution {
    pub fn has_cycle(head: Option<Rc<RefCell<ListNode>>>) -> bool {
        let mut seen = HashSet::new();
        let mut cur = head;
        while let Some(node) = cur {
            if !seen.insert(Rc::as_ptr(&node)) {
                return true;
            }
            cur = node.borrow().next.clone();
        }
        false
    }
}
