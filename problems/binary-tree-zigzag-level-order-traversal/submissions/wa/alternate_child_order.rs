// Keeps one FIFO queue and only alternates the order in which each node's two
// children are enqueued. Right for the first two levels, but from level 2 on
// the children of different parents come out in the wrong order (the parents'
// order is not reversed, only each pair of siblings).
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

impl Solution {
    pub fn zigzag_level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {
        let mut levels = Vec::new();
        let mut queue: VecDeque<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        let mut right_first = true;
        while !queue.is_empty() {
            let size = queue.len();
            let mut level = Vec::with_capacity(size);
            for _ in 0..size {
                let node = queue.pop_front().unwrap();
                let node = node.borrow();
                level.push(node.val);
                let (a, b) = if right_first { (&node.right, &node.left) } else { (&node.left, &node.right) };
                if let Some(c) = a {
                    queue.push_back(Rc::clone(c));
                }
                if let Some(c) = b {
                    queue.push_back(Rc::clone(c));
                }
            }
            levels.push(level);
            right_first = !right_first;
        }
        levels
    }
}
