// Always extends the path into the children, even when their best downward gain is
// negative: a path must then carry a losing branch it could have left out.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn gain(node: &Option<Rc<RefCell<TreeNode>>>, best: &mut i32) -> i32 {
        let Some(n) = node else { return 0 };
        let n = n.borrow();
        let l = Self::gain(&n.left, best);
        let r = Self::gain(&n.right, best);
        *best = (*best).max(n.val + l + r);
        n.val + l.max(r)
    }

    pub fn max_path_sum(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let mut best = i32::MIN;
        Self::gain(&root, &mut best);
        best
    }
}
