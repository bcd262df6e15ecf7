// Collects the paths in a set to "avoid duplicates": two different leaves whose paths
// hold the same values are two answers, but the set keeps only one of them.
use std::rc::Rc;
use std::cell::RefCell;
use std::collections::BTreeSet;

impl Solution {
    fn walk(node: &Option<Rc<RefCell<TreeNode>>>, rest: i32, path: &mut Vec<i32>, out: &mut BTreeSet<Vec<i32>>) {
        let Some(n) = node else { return };
        let n = n.borrow();
        path.push(n.val);
        let rest = rest - n.val;
        if n.left.is_none() && n.right.is_none() {
            if rest == 0 {
                out.insert(path.clone());
            }
        } else {
            Self::walk(&n.left, rest, path, out);
            Self::walk(&n.right, rest, path, out);
        }
        path.pop();
    }

    pub fn path_sum(root: Option<Rc<RefCell<TreeNode>>>, target_sum: i32) -> Vec<Vec<i32>> {
        let mut out = BTreeSet::new();
        Self::walk(&root, target_sum, &mut Vec::new(), &mut out);
        out.into_iter().collect()
    }
}
