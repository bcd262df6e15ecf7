// Recomputes the deeper subtree's depth after comparing the two: every node on a long
// path is visited twice per level above it, 2^depth calls in total.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn max_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        match root {
            None => 0,
            Some(node) => {
                let left = node.borrow().left.clone();
                let right = node.borrow().right.clone();
                if Self::max_depth(left.clone()) > Self::max_depth(right.clone()) {
                    1 + Self::max_depth(left)
                } else {
                    1 + Self::max_depth(right)
                }
            }
        }
    }
}
