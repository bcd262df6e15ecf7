// The same-tree check returns true whenever `sub_root`'s side runs out, even if `root`'s
// side goes on: it finds `sub_root` as the TOP part of a subtree, not a whole subtree.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn same(a: &Option<Rc<RefCell<TreeNode>>>, b: &Option<Rc<RefCell<TreeNode>>>) -> bool {
        match (a, b) {
            (_, None) => true,
            (None, _) => false,
            (Some(x), Some(y)) => {
                let (x, y) = (x.borrow(), y.borrow());
                x.val == y.val && Self::same(&x.left, &y.left) && Self::same(&x.right, &y.right)
            }
        }
    }

    pub fn is_subtree(root: Option<Rc<RefCell<TreeNode>>>, sub_root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        match &root {
            None => false,
            Some(n) => {
                Self::same(&root, &sub_root)
                    || Self::is_subtree(n.borrow().left.clone(), sub_root.clone())
                    || Self::is_subtree(n.borrow().right.clone(), sub_root.clone())
            }
        }
    }
}
