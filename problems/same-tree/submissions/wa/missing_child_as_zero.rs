// Breadth-first in lockstep, but reads a missing node as the value 0 (`map_or(0, ..)`):
// a missing child matches a child holding 0 ([1, 0] against [1]).
use std::rc::Rc;
use std::cell::RefCell;
use std::collections::VecDeque;

impl Solution {
    pub fn is_same_tree(p: Option<Rc<RefCell<TreeNode>>>, q: Option<Rc<RefCell<TreeNode>>>) -> bool {
        let mut queue = VecDeque::from([(p, q)]);
        while let Some((a, b)) = queue.pop_front() {
            if a.is_none() && b.is_none() {
                continue;
            }
            let va = a.as_ref().map_or(0, |n| n.borrow().val);
            let vb = b.as_ref().map_or(0, |n| n.borrow().val);
            if va != vb {
                return false;
            }
            let left = |x: &Option<Rc<RefCell<TreeNode>>>| x.as_ref().and_then(|n| n.borrow().left.clone());
            let right = |x: &Option<Rc<RefCell<TreeNode>>>| x.as_ref().and_then(|n| n.borrow().right.clone());
            queue.push_back((left(&a), left(&b)));
            queue.push_back((right(&a), right(&b)));
        }
        true
    }
}
