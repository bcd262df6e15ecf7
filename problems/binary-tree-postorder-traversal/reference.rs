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
    pub fn postorder_traversal(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        // One stack and the last node emitted: a node on top of the stack is
        // emitted once it has no right child or its right child was just emitted.
        let mut out = Vec::new();
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = Vec::new();
        let mut last: Option<Rc<RefCell<TreeNode>>> = None;
        let mut cur = root;
        while cur.is_some() || !stack.is_empty() {
            while let Some(node) = cur {
                cur = node.borrow().left.clone();
                stack.push(node);
            }
            let top = Rc::clone(stack.last().unwrap());
            let right = top.borrow().right.clone();
            match right {
                Some(r) if !last.as_ref().is_some_and(|l| Rc::ptr_eq(l, &r)) => cur = Some(r),
                _ => {
                    out.push(top.borrow().val);
                    stack.pop();
                    last = Some(top);
                }
            }
        }
        out
    }
}
