// Interleaving (A -> A' -> B -> B' ...), but the last pass only relinks the
// copies and never restores the original's next pointers: the copy is right,
// the original list is left modified (LeetCode rejects this too).
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
        let mut cur = copy_head.clone();
        while let Some(copy) = cur {
            let next_original = copy.borrow().next.clone();
            let next_copy = next_original.and_then(|o| o.borrow().next.clone());
            copy.borrow_mut().next = next_copy.clone();
            cur = next_copy;
        }
        copy_head
    }
}
