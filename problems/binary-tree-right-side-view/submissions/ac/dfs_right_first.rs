// Depth-first, right child before left: the first node reached at each depth is the
// rightmost one of that level.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn walk(node: &Option<Rc<RefCell<TreeNode>>>, depth: usize, view: &mut Vec<i32>) {
        let Some(n) = node else { return };
        let n = n.borrow();
        if depth == view.len() {
            view.push(n.val);
        }
        Self::walk(&n.right, depth + 1, view);
        Self::walk(&n.left, depth + 1, view);
    }

    pub fn right_side_view(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        let mut view = Vec::new();
        Self::walk(&root, 0, &mut view);
        view
    }
}
