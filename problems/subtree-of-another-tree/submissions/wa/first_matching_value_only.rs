// Looks for the first node (breadth-first) whose value equals sub_root's and compares
// only there: with repeated values, the real match may sit at a later node.
use std::rc::Rc;
use std::cell::RefCell;
use std::collections::VecDeque;

impl Solution {
    pub fn is_subtree(root: Option<Rc<RefCell<TreeNode>>>, sub_root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        let target = sub_root.as_ref().unwrap().borrow().val;
        let mut queue: VecDeque<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while let Some(node) = queue.pop_front() {
            if node.borrow().val == target {
                return Some(node) == sub_root;
            }
            let n = node.borrow();
            if let Some(l) = &n.left {
                queue.push_back(l.clone());
            }
            if let Some(r) = &n.right {
                queue.push_back(r.clone());
            }
        }
        false
    }
}
