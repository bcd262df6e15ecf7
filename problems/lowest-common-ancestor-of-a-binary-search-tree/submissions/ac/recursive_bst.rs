// Recursive BST descent on the values of p and q (O(h) time, O(h) stack).
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn lowest_common_ancestor(root: Option<Rc<RefCell<TreeNode>>>, p: Option<Rc<RefCell<TreeNode>>>, q: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        let p_val = p.as_ref().unwrap().borrow().val;
        let q_val = q.as_ref().unwrap().borrow().val;
        Self::find(root, p_val, q_val)
    }

    fn find(node: Option<Rc<RefCell<TreeNode>>>, p: i32, q: i32) -> Option<Rc<RefCell<TreeNode>>> {
        let n = node?;
        let val = n.borrow().val;
        if p < val && q < val {
            let left = n.borrow().left.clone();
            Self::find(left, p, q)
        } else if p > val && q > val {
            let right = n.borrow().right.clone();
            Self::find(right, p, q)
        } else {
            Some(n)
        }
    }
}
