// Breadth-first search without the inner per-level loop: the counter goes up once per
// node instead of once per level, so it returns the number of nodes.
use std::rc::Rc;
use std::cell::RefCell;
use std::collections::VecDeque;

impl Solution {
    pub fn max_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let mut depth = 0;
        let mut queue = VecDeque::new();
        if let Some(r) = root {
            queue.push_back(r);
        }
        while let Some(node) = queue.pop_front() {
            depth += 1;
            let node = node.borrow();
            if let Some(l) = node.left.clone() {
                queue.push_back(l);
            }
            if let Some(r) = node.right.clone() {
                queue.push_back(r);
            }
        }
        depth
    }
}
