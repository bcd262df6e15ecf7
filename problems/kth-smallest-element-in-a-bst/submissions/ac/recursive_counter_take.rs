// Recursive in-order walk with a shared `&mut` counter that stops early, taking the
// children out of the input nodes instead of cloning the Rcs.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn walk(node: Option<Rc<RefCell<TreeNode>>>, k: &mut i32) -> Option<i32> {
        let node = node?;
        let mut n = node.borrow_mut();
        if let Some(found) = Self::walk(n.left.take(), k) {
            return Some(found);
        }
        *k -= 1;
        if *k == 0 {
            return Some(n.val);
        }
        Self::walk(n.right.take(), k)
    }

    pub fn kth_smallest(root: Option<Rc<RefCell<TreeNode>>>, k: i32) -> i32 {
        let mut k = k;
        Self::walk(root, &mut k).unwrap()
    }
}
