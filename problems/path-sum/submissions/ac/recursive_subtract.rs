// The textbook recursion: subtract the node's value on the way down and test for zero
// at a leaf; an empty subtree never matches (5000 frames deep on a path).
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn has_path_sum(root: Option<Rc<RefCell<TreeNode>>>, target_sum: i32) -> bool {
        match root {
            None => false,
            Some(node) => {
                let node = node.borrow();
                let rest = target_sum - node.val;
                if node.left.is_none() && node.right.is_none() {
                    return rest == 0;
                }
                Self::has_path_sum(node.left.clone(), rest) || Self::has_path_sum(node.right.clone(), rest)
            }
        }
    }
}
