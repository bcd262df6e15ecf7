// Recursive pre-order walk carrying the depth, pasted with LeetCode's full template:
// the first visit of a depth opens its list, left before right keeps each level in order.
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
    pub fn level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {
        let mut res = vec![];
        Self::dfs(&root, 0, &mut res);
        res
    }

    fn dfs(node: &Option<Rc<RefCell<TreeNode>>>, depth: usize, res: &mut Vec<Vec<i32>>) {
        if let Some(n) = node {
            if res.len() == depth {
                res.push(vec![]);
            }
            res[depth].push(n.borrow().val);
            Self::dfs(&n.borrow().left, depth + 1, res);
            Self::dfs(&n.borrow().right, depth + 1, res);
        }
    }
}
