// O(1) extra space: weaves each copy in right after its original
// (A -> A' -> B -> B' ...), sets A'.random = A.random.next, then unweaves the
// two lists, restoring the original's next pointers.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn copy_random_list(head: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        let head = head?;
        let mut cur = Some(Rc::clone(&head));
        while let Some(node) = cur {
            let val = node.borrow().val;
            let copy = Rc::new(RefCell::new(Node::new(val)));
            let next = node.borrow_mut().next.take();
            copy.borrow_mut().next = next.clone();
            node.borrow_mut().next = Some(copy);
            cur = next;
        }
        let mut cur = Some(Rc::clone(&head));
        while let Some(node) = cur {
            let copy = node.borrow().next.clone().unwrap();
            let target = node.borrow().random.clone();
            if let Some(r) = target {
                let r_copy = r.borrow().next.clone();
                copy.borrow_mut().random = r_copy;
            }
            cur = copy.borrow().next.clone();
        }
        let copy_head = head.borrow().next.clone();
        let mut cur = Some(head);
        while let Some(node) = cur {
            let copy = node.borrow().next.clone().unwrap();
            let next = copy.borrow_mut().next.take();
            if let Some(next_original) = &next {
                let next_copy = next_original.borrow().next.clone();
                copy.borrow_mut().next = next_copy;
            }
            node.borrow_mut().next = next.clone();
            cur = next;
        }
        copy_head
    }
}
