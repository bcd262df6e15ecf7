// Visits root, right, left with a stack (push the left child first), then
// reverses the result: left, right, root.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn postorder_traversal(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        let mut out = Vec::new();
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while let Some(node) = stack.pop() {
            let node = node.borrow();
            out.push(node.val);
            if let Some(l) = &node.left {
                stack.push(Rc::clone(l));
            }
            if let Some(r) = &node.right {
                stack.push(Rc::clone(r));
            }
        }
        out.reverse();
        out
    }
}
