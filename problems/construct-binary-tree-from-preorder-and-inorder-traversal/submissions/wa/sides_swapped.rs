// Builds the right subtree from the preorder values right after the root, as if the
// preorder visited the right child first: every tree comes out mirrored and wrong.
use std::rc::Rc;
use std::cell::RefCell;
use std::collections::HashMap;

impl Solution {
    fn go(pre: &[i32], p: usize, lo: usize, hi: usize, pos: &HashMap<i32, usize>) -> Option<Rc<RefCell<TreeNode>>> {
        if lo >= hi {
            return None;
        }
        let k = pos[&pre[p]];
        let right_size = hi - k - 1;
        let mut node = TreeNode::new(pre[p]);
        node.right = Self::go(pre, p + 1, k + 1, hi, pos);
        node.left = Self::go(pre, p + 1 + right_size, lo, k, pos);
        Some(Rc::new(RefCell::new(node)))
    }

    pub fn build_tree(preorder: Vec<i32>, inorder: Vec<i32>) -> Option<Rc<RefCell<TreeNode>>> {
        let pos: HashMap<i32, usize> = inorder.iter().enumerate().map(|(i, &v)| (v, i)).collect();
        Self::go(&preorder, 0, 0, inorder.len(), &pos)
    }
}
