// Compares each node with its parent only, not with the largest value on the whole
// path: a node bigger than its parent but smaller than a grandparent counts by mistake.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn count(node: &Option<Rc<RefCell<TreeNode>>>, parent: i32) -> i32 {
        let Some(n) = node else { return 0 };
        let n = n.borrow();
        let good = i32::from(n.val >= parent);
        good + Self::count(&n.left, n.val) + Self::count(&n.right, n.val)
    }

    pub fn good_nodes(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        Self::count(&root, i32::MIN)
    }
}
