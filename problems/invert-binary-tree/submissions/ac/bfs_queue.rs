// Breadth-first: swap the children of each node as it leaves the queue.
use std::rc::Rc;
use std::cell::RefCell;
use std::collections::VecDeque;

impl Solution {
    pub fn invert_tree(root: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        let mut queue = VecDeque::new();
        if let Some(r) = &root {
            queue.push_back(r.clone());
        }
        while let Some(node) = queue.pop_front() {
            let mut n = node.borrow_mut();
            let left = n.left.take();
            let right = n.right.take();
            if let Some(x) = &right {
                queue.push_back(x.clone());
            }
            if let Some(x) = &left {
                queue.push_back(x.clone());
            }
            n.left = right;
            n.right = left;
        }
        root
    }
}
