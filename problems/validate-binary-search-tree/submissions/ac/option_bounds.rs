// Recursion with Option<i32> bounds (None = unbounded): no sentinel, no widening.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn ok(node: Option<Rc<RefCell<TreeNode>>>, lo: Option<i32>, hi: Option<i32>) -> bool {
        if let Some(n) = node {
            let n = n.borrow();
            if lo.is_some_and(|l| n.val <= l) || hi.is_some_and(|h| n.val >= h) {
                return false;
            }
            Self::ok(n.left.clone(), lo, Some(n.val)) && Self::ok(n.right.clone(), Some(n.val), hi)
        } else {
            true
        }
    }

    pub fn is_valid_bst(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        Self::ok(root, None, None)
    }
}
