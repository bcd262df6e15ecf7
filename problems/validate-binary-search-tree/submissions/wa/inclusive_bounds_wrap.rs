// Inclusive i32 bounds, narrowed with val - 1 and val + 1: at the extremes these wrap
// around (i32::MAX + 1 = i32::MIN), so a duplicate of i32::MAX to its right, or of
// i32::MIN to its left, slips through.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn check(node: &Option<Rc<RefCell<TreeNode>>>, lo: i32, hi: i32) -> bool {
        match node {
            None => true,
            Some(n) => {
                let n = n.borrow();
                if n.val < lo || n.val > hi {
                    return false;
                }
                Self::check(&n.left, lo, n.val - 1) && Self::check(&n.right, n.val + 1, hi)
            }
        }
    }

    pub fn is_valid_bst(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        Self::check(&root, i32::MIN, i32::MAX)
    }
}
