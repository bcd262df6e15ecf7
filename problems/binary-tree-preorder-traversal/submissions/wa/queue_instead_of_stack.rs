// Uses a queue (VecDeque, pop_front) where a stack is needed: that is level
// order, which agrees with preorder only on chains and tiny trees.
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

impl Solution {
    pub fn preorder_traversal(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        let mut out = Vec::new();
        let mut queue: VecDeque<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while let Some(node) = queue.pop_front() {
            let node = node.borrow();
            out.push(node.val);
            if let Some(l) = &node.left {
                queue.push_back(Rc::clone(l));
            }
            if let Some(r) = &node.right {
                queue.push_back(Rc::clone(r));
            }
        }
        out
    }
}
