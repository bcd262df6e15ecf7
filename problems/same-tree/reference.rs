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
    pub fn is_same_tree(p: Option<Rc<RefCell<TreeNode>>>, q: Option<Rc<RefCell<TreeNode>>>) -> bool {
        // Walk both trees in lockstep with a stack of position pairs.
        let mut stack = vec![(p, q)];
        while let Some(pair) = stack.pop() {
            match pair {
                (None, None) => {}
                (Some(a), Some(b)) => {
                    let a = a.borrow();
                    let b = b.borrow();
                    if a.val != b.val {
                        return false;
                    }
                    stack.push((a.left.clone(), b.left.clone()));
                    stack.push((a.right.clone(), b.right.clone()));
                }
                _ => return false,
            }
        }
        true
    }
}
