// Definition for a binary tree node.
// #[derive(Debug, PartialEq, Eq)]
// pub struct TreeNode {
//   pub val: i32,
//   pub left: Option<Rc<RefCell<TreeNode>>>,
//   pub right: Option<Rc<RefCell<TreeNode>>>,
// }
use std::rc::Rc;
use std::cell::RefCell;
use std::collections::VecDeque;

impl Solution {
    pub fn min_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // Level by level: the first leaf met is the nearest one.
        let mut depth = 0;
        let mut level: VecDeque<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while !level.is_empty() {
            depth += 1;
            for _ in 0..level.len() {
                let node = level.pop_front().unwrap();
                let node = node.borrow();
                if node.left.is_none() && node.right.is_none() {
                    return depth;
                }
                if let Some(l) = &node.left {
                    level.push_back(Rc::clone(l));
                }
                if let Some(r) = &node.right {
                    level.push_back(Rc::clone(r));
                }
            }
        }
        depth
    }
}
