// Swaps the root's two children but never goes further down: the subtrees themselves
// are not mirrored.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn invert_tree(root: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        if let Some(node) = &root {
            let mut n = node.borrow_mut();
            let left = n.left.take();
            n.left = n.right.take();
            n.right = left;
        }
        root
    }
}
