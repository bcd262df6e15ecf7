// Starts the best sum at 0 instead of the smallest i32: a tree of negative values
// answers 0, the sum of an empty path, which is not allowed.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn gain(node: &Option<Rc<RefCell<TreeNode>>>, best: &mut i32) -> i32 {
        let Some(n) = node else { return 0 };
        let n = n.borrow();
        let l = Self::gain(&n.left, best).max(0);
        let r = Self::gain(&n.right, best).max(0);
        *best = (*best).max(n.val + l + r);
        n.val + l.max(r)
    }

    pub fn max_path_sum(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let mut best = 0;
        Self::gain(&root, &mut best);
        best
    }
}
