// Breadth-first search that stops at the first node without a LEFT child, forgetting to
// check the right one: a node with only a right child is taken for a leaf.
use std::rc::Rc;
use std::cell::RefCell;
use std::collections::VecDeque;

impl Solution {
    pub fn min_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let mut depth = 0;
        let mut q: VecDeque<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while !q.is_empty() {
            depth += 1;
            for _ in 0..q.len() {
                let node = q.pop_front().unwrap();
                let node = node.borrow();
                if node.left.is_none() {
                    return depth;
                }
                if let Some(l) = &node.left {
                    q.push_back(l.clone());
                }
                if let Some(r) = &node.right {
                    q.push_back(r.clone());
                }
            }
        }
        depth
    }
}
