// Answers true as soon as the running sum equals the target at ANY node, not only at a
// leaf: a path that reaches the target half-way down and continues counts by mistake.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn go(node: &Option<Rc<RefCell<TreeNode>>>, sum: i32, target: i32) -> bool {
        match node {
            None => false,
            Some(n) => {
                let n = n.borrow();
                let sum = sum + n.val;
                sum == target || Self::go(&n.left, sum, target) || Self::go(&n.right, sum, target)
            }
        }
    }

    pub fn has_path_sum(root: Option<Rc<RefCell<TreeNode>>>, target_sum: i32) -> bool {
        Self::go(&root, 0, target_sum)
    }
}
