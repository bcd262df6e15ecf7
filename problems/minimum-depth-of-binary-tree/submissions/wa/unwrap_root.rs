// Assumes the tree has at least one node: `unwrap()` on the root panics on the empty tree.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn go(node: &Rc<RefCell<TreeNode>>) -> i32 {
        let n = node.borrow();
        match (&n.left, &n.right) {
            (None, None) => 1,
            (Some(l), None) => 1 + Self::go(l),
            (None, Some(r)) => 1 + Self::go(r),
            (Some(l), Some(r)) => 1 + Self::go(l).min(Self::go(r)),
        }
    }

    pub fn min_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        Self::go(&root.unwrap())
    }
}
