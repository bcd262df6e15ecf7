// The common O(m * n) solution, pasted with LeetCode's full template: try every node of
// `root` as the top of a copy of `sub_root`, comparing with a recursive same-tree check.
// Definition for a binary tree node.
// #[derive(Debug, PartialEq, Eq)]
// pub struct TreeNode {
//   pub val: i32,
//   pub left: Option<Rc<RefCell<TreeNode>>>,
//   pub right: Option<Rc<RefCell<TreeNode>>>,
// }
//
// impl TreeNode {
//   #[inline]
//   pub fn new(val: i32) -> Self {
//     TreeNode {
//       val,
//       left: None,
//       right: None
//     }
//   }
// }
use std::rc::Rc;
use std::cell::RefCell;
impl Solution {
    pub fn is_subtree(root: Option<Rc<RefCell<TreeNode>>>, sub_root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        Self::contains(&root, &sub_root)
    }

    fn contains(s: &Option<Rc<RefCell<TreeNode>>>, t: &Option<Rc<RefCell<TreeNode>>>) -> bool {
        match s {
            None => false,
            Some(node) => {
                Self::same(s, t)
                    || Self::contains(&node.borrow().left, t)
                    || Self::contains(&node.borrow().right, t)
            }
        }
    }

    fn same(a: &Option<Rc<RefCell<TreeNode>>>, b: &Option<Rc<RefCell<TreeNode>>>) -> bool {
        match (a, b) {
            (None, None) => true,
            (Some(x), Some(y)) => {
                let (x, y) = (x.borrow(), y.borrow());
                x.val == y.val && Self::same(&x.left, &y.left) && Self::same(&x.right, &y.right)
            }
            _ => false,
        }
    }
}
