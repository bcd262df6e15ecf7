// Takes the SMALLER subtree depth (mixing it up with the minimum-depth problem): a root
// with a single child already gives 1 instead of 2.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn max_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        if let Some(node) = root {
            let n = node.borrow();
            1 + std::cmp::min(Self::max_depth(n.left.clone()), Self::max_depth(n.right.clone()))
        } else {
            0
        }
    }
}
