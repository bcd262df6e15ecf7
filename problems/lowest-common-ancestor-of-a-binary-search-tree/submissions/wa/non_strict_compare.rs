// Uses <= / >= when deciding to descend, so when p or q IS the current node
// (a node is its own ancestor) the walk goes past it into a child.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn lowest_common_ancestor(root: Option<Rc<RefCell<TreeNode>>>, p: Option<Rc<RefCell<TreeNode>>>, q: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        let p = p.unwrap().borrow().val;
        let q = q.unwrap().borrow().val;
        let mut cur = root;
        while let Some(node) = cur.clone() {
            let val = node.borrow().val;
            if p <= val && q <= val {
                cur = node.borrow().left.clone();
            } else if p >= val && q >= val {
                cur = node.borrow().right.clone();
            } else {
                return Some(node);
            }
        }
        cur
    }
}
