// Copies the next chain correctly but sets each copy's random to the
// original's random target, a node of the original list.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn copy_random_list(head: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        let mut copies: Vec<Rc<RefCell<Node>>> = Vec::new();
        let mut cur = head;
        while let Some(node) = cur {
            let copy = Rc::new(RefCell::new(Node::new(node.borrow().val)));
            copy.borrow_mut().random = node.borrow().random.clone();
            if let Some(prev) = copies.last() {
                prev.borrow_mut().next = Some(Rc::clone(&copy));
            }
            copies.push(copy);
            cur = node.borrow().next.clone();
        }
        copies.first().cloned()
    }
}
