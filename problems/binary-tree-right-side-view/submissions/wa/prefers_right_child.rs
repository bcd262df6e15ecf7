// Walks down one node per level, taking the right child when there is one and the left
// child otherwise: a deeper level reached only through another branch is missed, and a
// left child is shown even when a cousin further right exists.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn right_side_view(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        let mut view = Vec::new();
        let mut at = root;
        while let Some(n) = at {
            let n = n.borrow();
            view.push(n.val);
            at = n.right.clone().or_else(|| n.left.clone());
        }
        view
    }
}
