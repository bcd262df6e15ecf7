// Pushes each value on the shared path but forgets to pop it on the way back up: after
// the first subtree, every later path still carries the values of the branches before.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn walk(node: &Option<Rc<RefCell<TreeNode>>>, rest: i32, path: &mut Vec<i32>, out: &mut Vec<Vec<i32>>) {
        let Some(n) = node else { return };
        let n = n.borrow();
        path.push(n.val);
        let rest = rest - n.val;
        if n.left.is_none() && n.right.is_none() {
            if rest == 0 {
                out.push(path.clone());
            }
            return;
        }
        Self::walk(&n.left, rest, path, out);
        Self::walk(&n.right, rest, path, out);
    }

    pub fn path_sum(root: Option<Rc<RefCell<TreeNode>>>, target_sum: i32) -> Vec<Vec<i32>> {
        let mut out = Vec::new();
        Self::walk(&root, target_sum, &mut Vec::new(), &mut out);
        out
    }
}
