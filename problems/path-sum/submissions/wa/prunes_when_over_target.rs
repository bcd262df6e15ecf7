// Gives up on a branch once its running sum passes the target, as if values were never
// negative: a later negative value could still bring the sum back down.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn go(node: &Option<Rc<RefCell<TreeNode>>>, sum: i32, target: i32) -> bool {
        let Some(n) = node else { return false };
        let n = n.borrow();
        let sum = sum + n.val;
        if sum > target {
            return false;
        }
        if n.left.is_none() && n.right.is_none() {
            return sum == target;
        }
        Self::go(&n.left, sum, target) || Self::go(&n.right, sum, target)
    }

    pub fn has_path_sum(root: Option<Rc<RefCell<TreeNode>>>, target_sum: i32) -> bool {
        Self::go(&root, 0, target_sum)
    }
}
