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
    pub fn right_side_view(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        // Level by level; the last node of each level is the one seen from the right.
        let mut view = Vec::new();
        let mut queue: VecDeque<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while !queue.is_empty() {
            let size = queue.len();
            for i in 0..size {
                let node = queue.pop_front().unwrap();
                let node = node.borrow();
                if i + 1 == size {
                    view.push(node.val);
                }
                if let Some(l) = &node.left {
                    queue.push_back(Rc::clone(l));
                }
                if let Some(r) = &node.right {
                    queue.push_back(Rc::clone(r));
                }
            }
        }
        view
    }
}
