// Recursion: a missing child is no leaf, so a node with one child takes the depth of
// that child; only a node with two children takes the smaller of the two
// (10^5 frames deep on a path).
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn min_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        match root {
            None => 0,
            Some(node) => {
                let node = node.borrow();
                match (node.left.clone(), node.right.clone()) {
                    (None, None) => 1,
                    (Some(l), None) => 1 + Self::min_depth(Some(l)),
                    (None, Some(r)) => 1 + Self::min_depth(Some(r)),
                    (l, r) => 1 + Self::min_depth(l).min(Self::min_depth(r)),
                }
            }
        }
    }
}
