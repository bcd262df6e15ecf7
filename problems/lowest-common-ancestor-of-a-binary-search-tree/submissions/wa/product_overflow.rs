// The "same side" test multiplies the two differences in i32:
// (root - p) * (root - q) > 0. With values up to 10^9 both the differences and
// the product wrap around, so the sign is wrong and the walk takes a wrong turn.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn lowest_common_ancestor(root: Option<Rc<RefCell<TreeNode>>>, p: Option<Rc<RefCell<TreeNode>>>, q: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        let p = p.unwrap().borrow().val;
        let q = q.unwrap().borrow().val;
        let mut node = root.unwrap();
        loop {
            let val = node.borrow().val;
            if (val - p) * (val - q) <= 0 {
                return Some(node);
            }
            let next = if p < val { node.borrow().left.clone() } else { node.borrow().right.clone() };
            match next {
                Some(n) => node = n,
                None => return Some(node),
            }
        }
    }
}
