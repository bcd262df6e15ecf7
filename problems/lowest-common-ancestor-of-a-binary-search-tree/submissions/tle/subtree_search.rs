// Ignores the BST order: at every node it searches the whole left and right
// subtrees for p and q (a full DFS each time) and descends into the side that
// holds both. O(n * h): on a 10^5-deep spine that is ~10^10 node visits.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn lowest_common_ancestor(root: Option<Rc<RefCell<TreeNode>>>, p: Option<Rc<RefCell<TreeNode>>>, q: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        let p = p.unwrap().borrow().val;
        let q = q.unwrap().borrow().val;
        let mut node = root.unwrap();
        loop {
            let left = node.borrow().left.clone();
            let right = node.borrow().right.clone();
            if Self::contains(&left, p) && Self::contains(&left, q) {
                node = left.unwrap();
            } else if Self::contains(&right, p) && Self::contains(&right, q) {
                node = right.unwrap();
            } else {
                return Some(node);
            }
        }
    }

    fn contains(node: &Option<Rc<RefCell<TreeNode>>>, val: i32) -> bool {
        match node {
            None => false,
            Some(n) => {
                let n = n.borrow();
                n.val == val || Self::contains(&n.left, val) || Self::contains(&n.right, val)
            }
        }
    }
}
