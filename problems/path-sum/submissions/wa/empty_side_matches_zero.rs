// Tests for zero at the empty subtree instead of at the leaf: the empty tree with target 0
// answers true, and so does a node with one child whose own path sum is the target.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn has_path_sum(root: Option<Rc<RefCell<TreeNode>>>, target_sum: i32) -> bool {
        match root {
            None => target_sum == 0,
            Some(node) => {
                let node = node.borrow();
                let rest = target_sum - node.val;
                Self::has_path_sum(node.left.clone(), rest) || Self::has_path_sum(node.right.clone(), rest)
            }
        }
    }
}
