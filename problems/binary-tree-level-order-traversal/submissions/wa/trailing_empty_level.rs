// Keeps missing children (None) in the next level and pushes every level it builds: the
// last level consists only of Nones, so an empty list is appended at the end (and the
// empty tree gives [[]]).
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {
        let mut res = Vec::new();
        let mut level = vec![root];
        while !level.is_empty() {
            let mut values = Vec::new();
            let mut next = Vec::new();
            for node in level.into_iter().flatten() {
                let n = node.borrow();
                values.push(n.val);
                next.push(n.left.clone());
                next.push(n.right.clone());
            }
            res.push(values);
            level = next;
        }
        res
    }
}
