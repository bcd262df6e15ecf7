// Recursive, taking the children out of both inputs (`take()`) instead of cloning the Rcs.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn is_same_tree(p: Option<Rc<RefCell<TreeNode>>>, q: Option<Rc<RefCell<TreeNode>>>) -> bool {
        match (p, q) {
            (None, None) => true,
            (Some(a), Some(b)) => {
                let mut a = a.borrow_mut();
                let mut b = b.borrow_mut();
                a.val == b.val
                    && Self::is_same_tree(a.left.take(), b.left.take())
                    && Self::is_same_tree(a.right.take(), b.right.take())
            }
            _ => false,
        }
    }
}
