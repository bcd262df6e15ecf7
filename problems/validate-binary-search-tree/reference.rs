// Definition for a binary tree node.
// #[derive(Debug, PartialEq, Eq)]
// pub struct TreeNode {
//   pub val: i32,
//   pub left: Option<Rc<RefCell<TreeNode>>>,
//   pub right: Option<Rc<RefCell<TreeNode>>>,
// }
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn is_valid_bst(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        // Iterative in-order walk: the values must come out strictly increasing.
        // `prev` is an Option, so no sentinel value can clash with i32::MIN.
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = Vec::new();
        let mut cur = root;
        let mut prev: Option<i32> = None;
        loop {
            while let Some(node) = cur {
                cur = node.borrow().left.clone();
                stack.push(node);
            }
            let Some(node) = stack.pop() else { break };
            let node = node.borrow();
            if prev.is_some_and(|p| p >= node.val) {
                return false;
            }
            prev = Some(node.val);
            cur = node.right.clone();
        }
        true
    }
}
