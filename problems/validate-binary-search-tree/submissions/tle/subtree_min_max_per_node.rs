// Correct but slow: for every node, walks its whole left subtree for the maximum and its
// whole right subtree for the minimum. O(n * h): about n^2 / 2 visits on a path of 10^4.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn max_of(node: &Option<Rc<RefCell<TreeNode>>>) -> i64 {
        match node {
            None => i64::MIN,
            Some(n) => {
                let n = n.borrow();
                (n.val as i64).max(Self::max_of(&n.left)).max(Self::max_of(&n.right))
            }
        }
    }

    fn min_of(node: &Option<Rc<RefCell<TreeNode>>>) -> i64 {
        match node {
            None => i64::MAX,
            Some(n) => {
                let n = n.borrow();
                (n.val as i64).min(Self::min_of(&n.left)).min(Self::min_of(&n.right))
            }
        }
    }

    pub fn is_valid_bst(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        match &root {
            None => true,
            Some(n) => {
                let n = n.borrow();
                let v = n.val as i64;
                Self::max_of(&n.left) < v
                    && v < Self::min_of(&n.right)
                    && Self::is_valid_bst(n.left.clone())
                    && Self::is_valid_bst(n.right.clone())
            }
        }
    }
}
