// The direct O(n * h) approach: for every node, count the downward paths that start
// there, carrying a 64-bit sum. At most 1000 nodes, so about 5 * 10^5 steps on a path.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn from(node: &Option<Rc<RefCell<TreeNode>>>, rest: i64) -> i32 {
        let Some(n) = node else { return 0 };
        let n = n.borrow();
        let rest = rest - n.val as i64;
        i32::from(rest == 0) + Self::from(&n.left, rest) + Self::from(&n.right, rest)
    }

    pub fn path_sum(root: Option<Rc<RefCell<TreeNode>>>, target_sum: i32) -> i32 {
        let Some(n) = &root else { return 0 };
        let (left, right) = {
            let b = n.borrow();
            (b.left.clone(), b.right.clone())
        };
        Self::from(&root, target_sum as i64) + Self::path_sum(left, target_sum) + Self::path_sum(right, target_sum)
    }
}
