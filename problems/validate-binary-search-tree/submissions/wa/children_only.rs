// Checks each node only against its own children (left < node < right): a value deep
// in the left subtree may still exceed an ancestor higher up.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn is_valid_bst(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        match root {
            None => true,
            Some(node) => {
                let n = node.borrow();
                if let Some(l) = &n.left {
                    if l.borrow().val >= n.val {
                        return false;
                    }
                }
                if let Some(r) = &n.right {
                    if r.borrow().val <= n.val {
                        return false;
                    }
                }
                Self::is_valid_bst(n.left.clone()) && Self::is_valid_bst(n.right.clone())
            }
        }
    }
}
