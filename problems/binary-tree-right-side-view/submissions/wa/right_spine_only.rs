// Follows the right children from the root: misses every level where the rightmost
// node sits in a left subtree (the right spine is shorter than the tree).
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn right_side_view(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        let mut view = Vec::new();
        let mut at = root;
        while let Some(n) = at {
            view.push(n.borrow().val);
            at = n.borrow().right.clone();
        }
        view
    }
}
