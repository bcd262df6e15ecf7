// Builds a fresh mirrored copy with new nodes and leaves the input as it is.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn mirror(node: &Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        node.as_ref().map(|n| {
            let n = n.borrow();
            let mut copy = TreeNode::new(n.val);
            copy.left = Self::mirror(&n.right);
            copy.right = Self::mirror(&n.left);
            Rc::new(RefCell::new(copy))
        })
    }

    pub fn invert_tree(root: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        Self::mirror(&root)
    }
}
