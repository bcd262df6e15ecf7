// Definition for a binary tree node.
// #[derive(Debug, PartialEq, Eq)]
// pub struct TreeNode {
//   pub val: i32,
//   pub left: Option<Rc<RefCell<TreeNode>>>,
//   pub right: Option<Rc<RefCell<TreeNode>>>,
// }
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn preorder_traversal(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        // Iterative: pop a node, record it, push its right child and then its
        // left child, so that the left subtree comes out first.
        let mut out = Vec::new();
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
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
