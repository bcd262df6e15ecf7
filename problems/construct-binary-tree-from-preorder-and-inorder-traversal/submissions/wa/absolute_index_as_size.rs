// Uses the root's absolute position in the inorder as the size of the left subtree,
// forgetting to subtract the start of the range: right only while every range starts
// at 0, so any right subtree that has a left part of its own is cut wrongly.
use std::rc::Rc;
use std::cell::RefCell;
use std::collections::HashMap;

impl Solution {
    fn go(pre: &[i32], p: usize, lo: usize, hi: usize, pos: &HashMap<i32, usize>) -> Option<Rc<RefCell<TreeNode>>> {
        if lo >= hi || p >= pre.len() {
            return None;
        }
        let k = pos[&pre[p]];
        let left_size = k;
        let mut node = TreeNode::new(pre[p]);
        node.left = Self::go(pre, p + 1, lo, k, pos);
        node.right = Self::go(pre, p + 1 + left_size, k + 1, hi, pos);
        Some(Rc::new(RefCell::new(node)))
    }

    pub fn build_tree(preorder: Vec<i32>, inorder: Vec<i32>) -> Option<Rc<RefCell<TreeNode>>> {
        let pos: HashMap<i32, usize> = inorder.iter().enumerate().map(|(i, &v)| (v, i)).collect();
        Self::go(&preorder, 0, 0, inorder.len(), &pos)
    }
}
