// Collects the next level while emitting the current one and pushes the next
// level unconditionally, so the answer ends with an empty list (and an empty
// tree gives [[]] instead of []).
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn zigzag_level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {
        let mut out: Vec<Vec<i32>> = Vec::new();
        let mut level: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        out.push(level.iter().map(|n| n.borrow().val).collect());
        while !level.is_empty() {
            let mut next = Vec::new();
            for node in &level {
                let node = node.borrow();
                if let Some(l) = &node.left {
                    next.push(Rc::clone(l));
                }
                if let Some(r) = &node.right {
                    next.push(Rc::clone(r));
                }
            }
            let mut vals: Vec<i32> = next.iter().map(|n| n.borrow().val).collect();
            if out.len() % 2 == 1 {
                vals.reverse();
            }
            out.push(vals);
            level = next;
        }
        out
    }
}
