// In-order walk that only rejects a DECREASE (`<` instead of `<=`): equal values, which a
// binary search tree may not hold, pass.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn is_valid_bst(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        let mut values = Vec::new();
        let mut stack = Vec::new();
        let mut cur = root;
        while cur.is_some() || !stack.is_empty() {
            while let Some(n) = cur {
                cur = n.borrow().left.clone();
                stack.push(n);
            }
            let n = stack.pop().unwrap();
            values.push(n.borrow().val);
            cur = n.borrow().right.clone();
        }
        values.windows(2).all(|w| w[0] <= w[1])
    }
}
