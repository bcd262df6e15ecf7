// Starts in the wrong direction: reverses the even levels (0, 2, ...) instead
// of the odd ones. Level 0 has a single node, so the mistake first shows on
// level 1.
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

impl Solution {
    pub fn zigzag_level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {
        let mut levels = Vec::new();
        let mut queue: VecDeque<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while !queue.is_empty() {
            let size = queue.len();
            let mut level = Vec::with_capacity(size);
            for _ in 0..size {
                let node = queue.pop_front().unwrap();
                let node = node.borrow();
                level.push(node.val);
                if let Some(l) = &node.left {
                    queue.push_back(Rc::clone(l));
                }
                if let Some(r) = &node.right {
                    queue.push_back(Rc::clone(r));
                }
            }
            if levels.len() % 2 == 0 {
                level.reverse();
            }
            levels.push(level);
        }
        levels
    }
}
