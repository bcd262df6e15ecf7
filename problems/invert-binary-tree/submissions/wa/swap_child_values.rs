// Swaps the VALUES of the two children (when both exist) instead of the subtrees: the
// subtrees stay on their side, and a lone child never moves.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn invert_tree(root: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        if let Some(node) = &root {
            let n = node.borrow();
            if let (Some(l), Some(r)) = (&n.left, &n.right) {
                let lv = l.borrow().val;
                let rv = r.borrow().val;
                l.borrow_mut().val = rv;
                r.borrow_mut().val = lv;
            }
            Self::invert_tree(n.left.clone());
            Self::invert_tree(n.right.clone());
        }
        root
    }
}
