// Correct answers, but it calls the recursion once to test whether a side is empty
// (depth 0) and again to use its value: on a path every level doubles the work,
// 2^depth calls in total.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn min_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        match root {
            None => 0,
            Some(node) => {
                let left = node.borrow().left.clone();
                let right = node.borrow().right.clone();
                if Self::min_depth(left.clone()) == 0 {
                    1 + Self::min_depth(right)
                } else if Self::min_depth(right.clone()) == 0 {
                    1 + Self::min_depth(left)
                } else {
                    1 + Self::min_depth(left).min(Self::min_depth(right))
                }
            }
        }
    }
}
