// Breadth-first over pairs of positions, comparing Option<i32> values so that a missing
// child only matches a missing child.
use std::rc::Rc;
use std::cell::RefCell;
use std::collections::VecDeque;

impl Solution {
    pub fn is_same_tree(p: Option<Rc<RefCell<TreeNode>>>, q: Option<Rc<RefCell<TreeNode>>>) -> bool {
        let mut queue = VecDeque::new();
        queue.push_back((p, q));
        while let Some((a, b)) = queue.pop_front() {
            let va = a.as_ref().map(|n| n.borrow().val);
            let vb = b.as_ref().map(|n| n.borrow().val);
            if va != vb {
                return false;
            }
            if let (Some(a), Some(b)) = (a, b) {
                let (a, b) = (a.borrow(), b.borrow());
                queue.push_back((a.left.clone(), b.left.clone()));
                queue.push_back((a.right.clone(), b.right.clone()));
            }
        }
        true
    }
}
