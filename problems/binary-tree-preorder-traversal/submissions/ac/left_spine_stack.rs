// Iterative, the inorder loop shape: walk down the left spine recording each
// node as it is reached and stacking it; pop to continue from a right child.
// Pasted with LeetCode's template comment and `impl Solution` taking no self.
// Definition for a binary tree node.
// #[derive(Debug, PartialEq, Eq)]
// pub struct TreeNode {
//   pub val: i32,
//   pub left: Option<Rc<RefCell<TreeNode>>>,
//   pub right: Option<Rc<RefCell<TreeNode>>>,
// }
//
// impl TreeNode {
//   #[inline]
//   pub fn new(val: i32) -> Self {
//     TreeNode {
//       val,
//       left: None,
//       right: None
//     }
//   }
// }
use std::rc::Rc;
use std::cell::RefCell;
impl Solution {
    pub fn preorder_traversal(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        let mut out = vec![];
        let mut stack = vec![];
        let mut cur = root;
        loop {
            while let Some(node) = cur {
                out.push(node.borrow().val);
                cur = node.borrow().left.clone();
                stack.push(node);
            }
            match stack.pop() {
                Some(node) => cur = node.borrow().right.clone(),
                None => break,
            }
        }
        out
    }
}
