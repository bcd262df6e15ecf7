// Walks `root` with a stack and compares each node's subtree with `sub_root` using the
// derived `==` of Option<Rc<RefCell<TreeNode>>> (a structural, recursive comparison).
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn is_subtree(root: Option<Rc<RefCell<TreeNode>>>, sub_root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        let mut stack = vec![root];
        while let Some(node) = stack.pop() {
            if node == sub_root {
                return true;
            }
            if let Some(n) = node {
                let n = n.borrow();
                stack.push(n.left.clone());
                stack.push(n.right.clone());
            }
        }
        false
    }
}
