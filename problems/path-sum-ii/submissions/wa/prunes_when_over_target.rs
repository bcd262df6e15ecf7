// Abandons a branch once its running sum passes the target, as if values were never
// negative: paths that come back down through negative values are lost.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn walk(node: &Option<Rc<RefCell<TreeNode>>>, sum: i32, target: i32, path: &mut Vec<i32>, out: &mut Vec<Vec<i32>>) {
        let Some(n) = node else { return };
        let n = n.borrow();
        let sum = sum + n.val;
        if sum > target {
            return;
        }
        path.push(n.val);
        if n.left.is_none() && n.right.is_none() {
            if sum == target {
                out.push(path.clone());
            }
        } else {
            Self::walk(&n.left, sum, target, path, out);
            Self::walk(&n.right, sum, target, path, out);
        }
        path.pop();
    }

    pub fn path_sum(root: Option<Rc<RefCell<TreeNode>>>, target_sum: i32) -> Vec<Vec<i32>> {
        let mut out = Vec::new();
        Self::walk(&root, 0, target_sum, &mut Vec::new(), &mut out);
        out
    }
}
