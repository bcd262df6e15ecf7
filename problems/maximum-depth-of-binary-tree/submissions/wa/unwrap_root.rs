// Assumes the tree has at least one node: `unwrap()` on the root panics on the empty tree.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn depth(node: &Option<Rc<RefCell<TreeNode>>>) -> i32 {
        match node {
            None => 0,
            Some(n) => 1 + Self::depth(&n.borrow().left).max(Self::depth(&n.borrow().right)),
        }
    }

    pub fn max_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let root = root.unwrap();
        let r = root.borrow();
        1 + Self::depth(&r.left).max(Self::depth(&r.right))
    }
}
