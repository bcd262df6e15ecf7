// Copies the maximum-depth recursion with min instead of max: a missing child gives
// depth 0, so any node with a single child is taken for a leaf ([1, 2] gives 1, not 2).
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn min_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        match root {
            None => 0,
            Some(node) => {
                let node = node.borrow();
                1 + Self::min_depth(node.left.clone()).min(Self::min_depth(node.right.clone()))
            }
        }
    }
}
