// Iterative: stacks the left spine, but after popping a node it only pushes
// the node's right child itself, not the right child's left spine: the left
// subtree of every right child is never visited.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn inorder_traversal(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        let mut out = Vec::new();
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = Vec::new();
        let mut cur = root;
        while let Some(node) = cur {
            cur = node.borrow().left.clone();
            stack.push(node);
        }
        while let Some(node) = stack.pop() {
            out.push(node.borrow().val);
            if let Some(r) = node.borrow().right.clone() {
                stack.push(r);
            }
        }
        out
    }
}
