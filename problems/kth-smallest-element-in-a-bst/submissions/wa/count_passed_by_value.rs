// Recursive in-order walk whose counter is passed BY VALUE: the nodes counted inside a
// left subtree are forgotten when the call returns, so positions are miscounted
// (correct only while no visited node has a left child).
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn walk(node: &Option<Rc<RefCell<TreeNode>>>, k: i32, mut seen: i32) -> Option<i32> {
        let n = node.as_ref()?;
        let n = n.borrow();
        if let Some(v) = Self::walk(&n.left, k, seen) {
            return Some(v);
        }
        seen += 1;
        if seen == k {
            return Some(n.val);
        }
        Self::walk(&n.right, k, seen)
    }

    pub fn kth_smallest(root: Option<Rc<RefCell<TreeNode>>>, k: i32) -> i32 {
        Self::walk(&root, k, 0).unwrap_or(-1)
    }
}
