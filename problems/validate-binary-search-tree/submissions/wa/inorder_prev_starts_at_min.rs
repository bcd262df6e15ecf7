// In-order walk with `prev` starting at i32::MIN: when the smallest value of the tree IS
// i32::MIN, the first comparison (val <= prev) already fails.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn is_valid_bst(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        let mut prev = i32::MIN;
        let mut stack = Vec::new();
        let mut cur = root;
        while cur.is_some() || !stack.is_empty() {
            while let Some(n) = cur {
                cur = n.borrow().left.clone();
                stack.push(n);
            }
            let n = stack.pop().unwrap();
            let v = n.borrow().val;
            if v <= prev {
                return false;
            }
            prev = v;
            cur = n.borrow().right.clone();
        }
        true
    }
}
