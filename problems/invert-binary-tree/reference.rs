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
    pub fn invert_tree(root: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        // Swap the two child links of every node, visiting the nodes with a stack.
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = root.iter().cloned().collect();
        while let Some(node) = stack.pop() {
            let mut n = node.borrow_mut();
            let n = &mut *n;
            std::mem::swap(&mut n.left, &mut n.right);
            if let Some(l) = &n.left {
                stack.push(Rc::clone(l));
            }
            if let Some(r) = &n.right {
                stack.push(Rc::clone(r));
            }
        }
        root
    }
}
