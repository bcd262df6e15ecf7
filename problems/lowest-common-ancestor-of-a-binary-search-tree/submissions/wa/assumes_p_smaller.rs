// Assumes p.val < q.val: goes left when q is smaller than the node and right
// when p is larger. When p is the larger value the walk can leave the tree
// (returns None) or stop at the wrong node.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn lowest_common_ancestor(root: Option<Rc<RefCell<TreeNode>>>, p: Option<Rc<RefCell<TreeNode>>>, q: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        let small = p.unwrap().borrow().val;
        let large = q.unwrap().borrow().val;
        let mut cur = root;
        while let Some(node) = cur {
            let val = node.borrow().val;
            if large < val {
                cur = node.borrow().left.clone();
            } else if small > val {
                cur = node.borrow().right.clone();
            } else {
                return Some(node);
            }
        }
        None
    }
}
