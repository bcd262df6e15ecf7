// The textbook recursion, carrying the largest value seen on the way down
// (10^5 frames deep on a path).
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn count(node: &Option<Rc<RefCell<TreeNode>>>, high: i32) -> i32 {
        let Some(n) = node else { return 0 };
        let n = n.borrow();
        let good = i32::from(n.val >= high);
        let high = high.max(n.val);
        good + Self::count(&n.left, high) + Self::count(&n.right, high)
    }

    pub fn good_nodes(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let start = root.as_ref().map_or(0, |r| r.borrow().val);
        Self::count(&root, start)
    }
}
