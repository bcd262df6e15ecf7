// Treats k as a 0-based index: returns the (k+1)-th smallest value, and runs off the
// end (index out of bounds) when k equals the number of nodes.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn kth_smallest(root: Option<Rc<RefCell<TreeNode>>>, k: i32) -> i32 {
        let mut vals = Vec::new();
        let mut stack = Vec::new();
        let mut cur = root;
        while cur.is_some() || !stack.is_empty() {
            while let Some(n) = cur {
                cur = n.borrow().left.clone();
                stack.push(n);
            }
            let n = stack.pop().unwrap();
            vals.push(n.borrow().val);
            cur = n.borrow().right.clone();
        }
        vals[k as usize]
    }
}
