// Recursive with memo: copy(node) returns the memoised copy, or makes one,
// memoises it before recursing, then copies next and random recursively
// (up to 1000 frames deep).
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

impl Solution {
    pub fn copy_random_list(head: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        fn copy(
            node: &Option<Rc<RefCell<Node>>>,
            memo: &mut HashMap<*const RefCell<Node>, Rc<RefCell<Node>>>,
        ) -> Option<Rc<RefCell<Node>>> {
            let node = node.as_ref()?;
            if let Some(done) = memo.get(&Rc::as_ptr(node)) {
                return Some(Rc::clone(done));
            }
            let fresh = Rc::new(RefCell::new(Node::new(node.borrow().val)));
            memo.insert(Rc::as_ptr(node), Rc::clone(&fresh));
            let next = copy(&node.borrow().next, memo);
            let random = copy(&node.borrow().random, memo);
            fresh.borrow_mut().next = next;
            fresh.borrow_mut().random = random;
            Some(fresh)
        }
        copy(&head, &mut HashMap::new())
    }
}
