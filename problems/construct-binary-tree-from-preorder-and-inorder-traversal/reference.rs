// Definition for a binary tree node.
// #[derive(Debug, PartialEq, Eq)]
// pub struct TreeNode {
//   pub val: i32,
//   pub left: Option<Rc<RefCell<TreeNode>>>,
//   pub right: Option<Rc<RefCell<TreeNode>>>,
// }
use std::rc::Rc;
use std::cell::RefCell;
use std::collections::HashMap;

impl Solution {
    /// Builds the subtree whose inorder is `inorder[lo..hi]`; its root is the next
    /// unused preorder value.
    fn build(preorder: &[i32], next: &mut usize, pos: &HashMap<i32, usize>, lo: usize, hi: usize) -> Option<Rc<RefCell<TreeNode>>> {
        if lo >= hi {
            return None;
        }
        let val = preorder[*next];
        *next += 1;
        let k = pos[&val];
        let mut node = TreeNode::new(val);
        node.left = Self::build(preorder, next, pos, lo, k);
        node.right = Self::build(preorder, next, pos, k + 1, hi);
        Some(Rc::new(RefCell::new(node)))
    }

    pub fn build_tree(preorder: Vec<i32>, inorder: Vec<i32>) -> Option<Rc<RefCell<TreeNode>>> {
        let pos: HashMap<i32, usize> = inorder.iter().enumerate().map(|(i, &v)| (v, i)).collect();
        let mut next = 0;
        Self::build(&preorder, &mut next, &pos, 0, inorder.len())
    }
}
