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
    pub fn lowest_common_ancestor(
        root: Option<Rc<RefCell<TreeNode>>>,
        p: Option<Rc<RefCell<TreeNode>>>,
        q: Option<Rc<RefCell<TreeNode>>>,
    ) -> Option<Rc<RefCell<TreeNode>>> {
        let a = p?.borrow().val;
        let b = q?.borrow().val;
        let (lo, hi) = if a < b { (a, b) } else { (b, a) };
        // Walk down from the root: while both values lie on one side, go there.
        let mut cur = root;
        while let Some(node) = cur {
            let v = node.borrow().val;
            if hi < v {
                cur = node.borrow().left.clone();
            } else if lo > v {
                cur = node.borrow().right.clone();
            } else {
                return Some(node);
            }
        }
        None
    }
}
