// Recursive, but visits the right subtree before the left one: the mirror
// image of the in-order sequence (descending on a BST).
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn inorder_traversal(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        fn walk(node: &Option<Rc<RefCell<TreeNode>>>, out: &mut Vec<i32>) {
            if let Some(n) = node {
                let n = n.borrow();
                walk(&n.right, out);
                out.push(n.val);
                walk(&n.left, out);
            }
        }
        let mut out = Vec::new();
        walk(&root, &mut out);
        out
    }
}
