// No map: for each node, finds the position of its random target by walking
// the original list from the head (O(n^2), a million steps at n = 1000, which
// LeetCode accepts), then points the copy at the copy with that position.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn copy_random_list(head: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        let mut copies: Vec<Rc<RefCell<Node>>> = Vec::new();
        let mut cur = head.clone();
        while let Some(node) = cur {
            let copy = Rc::new(RefCell::new(Node::new(node.borrow().val)));
            if let Some(prev) = copies.last() {
                prev.borrow_mut().next = Some(Rc::clone(&copy));
            }
            copies.push(copy);
            cur = node.borrow().next.clone();
        }
        let mut cur = head.clone();
        let mut i = 0;
        while let Some(node) = cur {
            if let Some(target) = node.borrow().random.clone() {
                let mut k = 0;
                let mut walk = head.clone();
                while let Some(w) = walk {
                    if Rc::ptr_eq(&w, &target) {
                        break;
                    }
                    k += 1;
                    walk = w.borrow().next.clone();
                }
                copies[i].borrow_mut().random = Some(Rc::clone(&copies[k]));
            }
            i += 1;
            cur = node.borrow().next.clone();
        }
        copies.first().cloned()
    }
}
